package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.ListingSort;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.paging.PageParams;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A checked public search: words and filters, as the search query needs them. */
record SearchCriteria(
    String text,
    Storefront storefront,
    Integer categoryId,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    String district,
    Long supplierId,
    String scale,
    LocalDate availableFrom,
    LocalDate availableTo,
    ListingSort sort,
    PageParams paging) {

  static final int MAX_WORDS = 8;

  /** The words of the text: lower case, accents removed, letters and digits only. */
  List<String> words() {
    if (text == null) {
      return List.of();
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> w.length() > 40 ? w.substring(0, 40) : w)
        .limit(MAX_WORDS)
        .toList();
  }

  boolean hasText() {
    return text != null && !text.isBlank();
  }

  /** Whether only the storefront and category narrow the search (then counts are kept). */
  boolean onlyFacetFilters() {
    return !hasText()
        && minPrice == null
        && maxPrice == null
        && district == null
        && supplierId == null
        && scale == null
        && availableFrom == null;
  }

  ListingSort effectiveSort() {
    if (sort == null) {
      return hasText() ? ListingSort.RELEVANCE : ListingSort.NEWEST;
    }
    return sort == ListingSort.RELEVANCE && !hasText() ? ListingSort.NEWEST : sort;
  }
}
