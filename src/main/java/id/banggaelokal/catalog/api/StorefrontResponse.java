package id.banggaelokal.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StorefrontOverview",
    description = "A storefront with its categories and published-listing counts.")
public record StorefrontResponse(
    @Schema(required = true) Storefront code,
    @Schema(required = true, example = "Jasa penyewaan") String name,
    @Schema(required = true, example = "Rentals") String nameEn,
    @Schema(required = true, description = "Units of sale of this storefront.") List<Unit> units,
    @Schema(required = true, description = "Published listings of verified suppliers.")
        long publishedListings,
    @Schema(required = true) List<CategoryResponse> categories) {

  @Schema(name = "StorefrontCategory")
  public record CategoryResponse(
      @Schema(required = true, example = "TENT") String code,
      @Schema(required = true, example = "Tenda") String name,
      @Schema(required = true, example = "Tents") String nameEn,
      @Schema(required = true) long publishedListings) {}
}
