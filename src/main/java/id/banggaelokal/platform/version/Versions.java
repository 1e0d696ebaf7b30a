package id.banggaelokal.platform.version;

import id.banggaelokal.platform.error.ApiException;
import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: a resource's {@code version} is its entity tag, and a change
 * sent with {@code If-Match} goes through only while that version is current.
 */
public final class Versions {

  public static final String IF_MATCH = "If-Match";
  private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"(\\d{1,18})\"\\s*");

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * Refuses the change (412) unless {@code ifMatch} is absent, {@code *}, or lists the current
   * version as a strong tag (If-Match compares strongly, RFC 9110 13.1.1: a weak tag never
   * matches); a header that is not a list of entity tags is a bad request (400).
   */
  public static void checkIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return;
    }
    boolean matches = false;
    for (String candidate : ifMatch.split(",", -1)) {
      Matcher tag = TAG.matcher(candidate);
      if (!tag.matches()) {
        throw ApiException.invalid(IF_MATCH, "version.if-match.invalid");
      }
      matches |= tag.group(1) == null && Long.parseLong(tag.group(2)) == currentVersion;
    }
    if (!matches) {
      throw ApiException.staleVersion(currentVersion);
    }
  }
}
