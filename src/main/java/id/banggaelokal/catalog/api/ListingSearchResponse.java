package id.banggaelokal.catalog.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ListingSearchResult",
    description = "One page of search results, with facet counts.")
public record ListingSearchResponse(
    @Schema(required = true) List<Item> items,
    @Schema(required = true, example = "0") int page,
    @Schema(required = true, example = "20") int size,
    @Schema(required = true, example = "42") long totalItems,
    @Schema(required = true, example = "3") long totalPages,
    @Schema(
            required = true,
            description =
                "False when more listings match than are counted (the search count limit, 1,000"
                    + " by default): totalItems and the facets then count the first matches only.")
        boolean totalItemsExact,
    @Schema(
            required = true,
            description =
                "True when no listing matched the words and these are listings with similar"
                    + " titles (typo tolerance).")
        boolean approximate,
    @Schema(required = true) Facets facets) {

  @Schema(name = "ListingSearchItem")
  public record Item(
      @Schema(required = true) long id,
      @Schema(required = true) String title,
      @Schema(required = true) Storefront storefront,
      @Schema(required = true, example = "TENT") String categoryCode,
      @Schema(required = true, example = "Tenda") String categoryName,
      @Schema(required = true, example = "750000.00") BigDecimal price,
      @Schema(required = true) Unit unit,
      @Schema(required = true) long supplierId,
      @Schema(required = true) String supplierTradingName,
      @Schema(required = true, example = "BUMIAJI") String district,
      @Schema(required = true, example = "MICRO") String supplierScale,
      BigDecimal supplierRating,
      @Schema(description = "URL of the first photo, if any.") String photoUrl,
      @Schema(required = true) OffsetDateTime publishedAt) {}

  /**
   * Counts for the current query. Storefront and category counts ignore the storefront and category
   * filters themselves (so that a frontend can offer the other choices); every other filter
   * applies.
   */
  @Schema(name = "ListingFacets")
  public record Facets(
      @Schema(required = true) List<StorefrontCount> storefronts,
      @Schema(required = true) List<CategoryCount> categories) {}

  @Schema(name = "StorefrontCount")
  public record StorefrontCount(
      @Schema(required = true) Storefront storefront, @Schema(required = true) long count) {}

  @Schema(name = "CategoryCount")
  public record CategoryCount(
      @Schema(required = true, example = "TENT") String code,
      @Schema(required = true) Storefront storefront,
      @Schema(required = true, example = "Tenda") String name,
      @Schema(required = true) long count) {}
}
