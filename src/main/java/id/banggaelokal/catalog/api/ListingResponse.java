package id.banggaelokal.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.banggaelokal.catalog.ListingStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Listing", description = "A listing of the catalogue.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListingResponse(
    @Schema(required = true, example = "1051") long id,
    @Schema(required = true) SupplierInfo supplier,
    @Schema(required = true) Storefront storefront,
    @Schema(required = true) CategoryInfo category,
    @Schema(required = true) String title,
    @Schema(required = true) String description,
    @Schema(required = true, example = "750000.00") BigDecimal price,
    @Schema(required = true) Unit unit,
    @Schema(required = true) ListingStatus status,
    ListingRequest.EventServiceAttributes eventService,
    ListingRequest.RentalAttributes rental,
    ListingRequest.ProductAttributes product,
    @Schema(required = true) List<PhotoInfo> photos,
    OffsetDateTime publishedAt,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true, description = "Version, for If-Match.") long version) {

  @Schema(name = "ListingSupplier")
  public record SupplierInfo(
      @Schema(required = true) long id,
      @Schema(required = true) String tradingName,
      @Schema(required = true) String district,
      @Schema(required = true) String scale,
      BigDecimal ratingAverage) {}

  @Schema(name = "ListingCategory")
  public record CategoryInfo(
      @Schema(required = true, example = "TENT") String code,
      @Schema(required = true, example = "Tenda") String name,
      @Schema(required = true, example = "Tents") String nameEn) {}

  @Schema(name = "ListingPhoto")
  public record PhotoInfo(
      @Schema(required = true) long id,
      @Schema(required = true, example = "image/jpeg") String contentType,
      @Schema(required = true, example = "/api/v1/listings/1051/photos/7") String url) {}
}
