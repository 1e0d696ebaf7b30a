package id.banggaelokal.catalog.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Orders of search results, named as the {@code sort} parameter takes them. */
public enum ListingSort {
  RELEVANCE,
  PRICE_ASC,
  PRICE_DESC,
  NEWEST,
  RATING;

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ListingSort> fromParameter(String value) {
    return Arrays.stream(values()).filter(s -> s.parameter().equals(value)).findFirst();
  }

  public static String choices() {
    return String.join(", ", Arrays.stream(values()).map(ListingSort::parameter).toList());
  }
}
