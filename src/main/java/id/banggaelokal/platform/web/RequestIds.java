package id.banggaelokal.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The id of the request being served: from the client's X-Request-Id, or a new one. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  /**
   * The log-context key of the caller's subject ({@code sub}), set once the identity is known
   * (authentication is lazy); never a token, a name or an e-mail address.
   */
  public static final String USER_MDC_KEY = "userId";

  /**
   * Visible ASCII, without spaces or control characters (which could split a log line or a header),
   * so that common id formats (UUIDs, base64, W3C trace ids) come back as the client sent them.
   */
  private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,128}");

  private RequestIds() {}

  /** The client's id when it is safe to echo and log; a new random id otherwise. */
  static String fromClient(String offered) {
    return offered != null && ACCEPTABLE.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }

  /** The current request's id, or null outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }
}
