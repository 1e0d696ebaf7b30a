package id.banggaelokal.platform.paging;

/** Text that a caller searches for, made safe for a SQL {@code LIKE} pattern. */
public final class LikePatterns {

  private LikePatterns() {}

  /** The text with {@code \\}, {@code %} and {@code _} escaped (PostgreSQL's default escape). */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A pattern matching values that contain the text. */
  public static String containing(String text) {
    return "%" + escape(text) + "%";
  }

  /** A pattern matching values that start with the text. */
  public static String startingWith(String text) {
    return escape(text) + "%";
  }
}
