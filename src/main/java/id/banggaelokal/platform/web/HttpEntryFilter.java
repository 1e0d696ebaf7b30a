package id.banggaelokal.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.platform.error.Problem;
import id.banggaelokal.platform.error.ProblemKind;
import id.banggaelokal.platform.i18n.Messages;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * First thing every HTTP request meets: it gets its request id (echoed in {@code X-Request-Id} and
 * put in the log context, from which any earlier caller's user id is removed), and these are
 * refused with a problem response before anything reads the request:
 *
 * <ul>
 *   <li>a request target (path and query) or a header block above its limit (414, 431): the HTTP
 *       decoder's own, higher limits answer without problem details;
 *   <li>a body that announces itself as too large (413);
 *   <li>a bearer token that is not a JWT in compact form, three base64url parts (401): tokens are
 *       only ever verified as JWTs, and some malformed ones (such as {@code ..}) make the OIDC
 *       extension fail with a 500; and more than one Authorization field (401);
 *   <li>a multipart body without a boundary that RFC 2046 allows (400): RESTEasy Reactive's parser
 *       fails with a 500 on an empty one.
 * </ul>
 */
@ApplicationScoped
class HttpEntryFilter {

  private static final int PRIORITY = 10_000;
  private static final String BEARER = "bearer";
  private static final Pattern MULTIPART_BOUNDARY =
      Pattern.compile("[0-9A-Za-z'()+_,./:=? -]{0,69}[0-9A-Za-z'()+_,./:=?-]");

  private final Messages messages;
  private final ObjectMapper json;
  private final long maxBodyBytes;
  private final long maxJsonBodyBytes;
  private final int maxUriLength;
  private final long maxHeaderBytes;

  HttpEntryFilter(
      Messages messages,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      @ConfigProperty(name = "banggaelokal.http.max-json-body-size") MemorySize maxJsonBodySize,
      @ConfigProperty(name = "banggaelokal.http.max-uri-length") int maxUriLength,
      @ConfigProperty(name = "banggaelokal.http.max-header-size") MemorySize maxHeaderSize) {
    this.messages = messages;
    this.json = json;
    this.maxBodyBytes = maxBodySize.asLongValue();
    this.maxJsonBodyBytes = maxJsonBodySize.asLongValue();
    this.maxUriLength = maxUriLength;
    this.maxHeaderBytes = maxHeaderSize.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(this::handle, PRIORITY);
  }

  private void handle(RoutingContext context) {
    String requestId = RequestIds.fromClient(context.request().getHeader(RequestIds.HEADER));
    MDC.put(RequestIds.MDC_KEY, requestId);
    // Set again when (and if) this request's identity is resolved: never a previous caller's.
    MDC.remove(RequestIds.USER_MDC_KEY);
    context.response().putHeader(RequestIds.HEADER, requestId);
    if (context.request().uri().length() > maxUriLength) {
      refuse(context, ProblemKind.URI_TOO_LONG, "problem.uri-too-long.detail", maxUriLength);
      return;
    }
    if (headerBytes(context) > maxHeaderBytes) {
      refuse(
          context,
          ProblemKind.HEADERS_TOO_LARGE,
          "problem.headers-too-large.detail",
          maxHeaderBytes);
      return;
    }
    if (declaredLength(context) > limitFor(context)) {
      refuse(
          context,
          ProblemKind.PAYLOAD_TOO_LARGE,
          "problem.payload-too-large.detail",
          limitFor(context));
      return;
    }
    if (!hasUsableBoundary(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
      // The multipart parser fails on an empty boundary (a 500); nothing could be read anyway.
      refuse(context, ProblemKind.MALFORMED_REQUEST, "problem.malformed.boundary");
      return;
    }
    if (hasMalformedBearerToken(context) || hasRepeatedAuthorization(context)) {
      refuseUnauthenticated(context);
      return;
    }
    context.next();
  }

  /**
   * Whether the request carries more than one Authorization field. It is not a list field (RFC
   * 9110, 11.6.2), so two are ambiguous: the OIDC extension would read the first, a proxy or log in
   * front of the service perhaps the other.
   */
  private static boolean hasRepeatedAuthorization(RoutingContext context) {
    return context.request().headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1;
  }

  /** A bearer token as the OIDC extension reads it: whatever follows "Bearer" and one space. */
  private static boolean hasMalformedBearerToken(RoutingContext context) {
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null) {
      return false;
    }
    int space = authorization.indexOf(' ');
    if (space <= 0 || !authorization.substring(0, space).equalsIgnoreCase(BEARER)) {
      return false;
    }
    return !isCompactJwt(authorization, space + 1);
  }

  /**
   * Whether {@code text} from {@code start} on is three non-empty base64url parts joined by dots,
   * the form of a signed JWT. Checked by hand: it runs on every authenticated request, where the
   * equivalent regular expression cost about 1% of the service's CPU.
   */
  static boolean isCompactJwt(String text, int start) {
    int dots = 0;
    int partLength = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (partLength == 0 || ++dots > 2) {
          return false;
        }
        partLength = 0;
      } else if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_') {
        partLength++;
      } else {
        return false;
      }
    }
    return dots == 2 && partLength > 0;
  }

  private long limitFor(RoutingContext context) {
    String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
    boolean isJson = type != null && type.toLowerCase(Locale.ROOT).contains("json");
    return isJson ? maxJsonBodyBytes : maxBodyBytes;
  }

  /**
   * Whether a multipart Content-Type names a boundary that RFC 2046 allows, quoted or not (any
   * other type needs none).
   */
  static boolean hasUsableBoundary(String contentType) {
    if (contentType == null
        || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return true;
    }
    for (String parameter : contentType.split(";")) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("boundary")) {
        String boundary = parameter.substring(equals + 1).trim();
        if (boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
          boundary = boundary.substring(1, boundary.length() - 1);
        }
        return MULTIPART_BOUNDARY.matcher(boundary).matches();
      }
    }
    return false;
  }

  /** The request's path as the problem's instance, cut short when the path is what was refused. */
  private String instance(String path) {
    return path.length() <= maxUriLength ? path : path.substring(0, maxUriLength);
  }

  /** The header block's size as sent: each field's name, value and separators. */
  private static long headerBytes(RoutingContext context) {
    long bytes = 0;
    for (var header : context.request().headers()) {
      bytes += header.getKey().length() + header.getValue().length() + 4;
    }
    return bytes;
  }

  private static long declaredLength(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void refuseUnauthenticated(RoutingContext context) {
    context.response().putHeader("WWW-Authenticate", "Bearer");
    refuse(context, ProblemKind.UNAUTHENTICATED, "problem.unauthenticated.detail");
  }

  private void refuse(
      RoutingContext context, ProblemKind kind, String detailKey, Object... arguments) {
    UnroutedRequests.tag();
    Locale locale =
        messages.negotiate(
            context.acceptableLanguages().stream()
                .map(l -> Locale.forLanguageTag(l.tag()))
                .toList());
    Problem problem =
        new Problem(
            kind.type(),
            messages.get(locale, kind.titleKey()),
            kind.status(),
            messages.get(locale, detailKey, arguments),
            instance(context.request().path()),
            RequestIds.current(),
            List.of());
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    context
        .response()
        .setStatusCode(kind.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }
}
