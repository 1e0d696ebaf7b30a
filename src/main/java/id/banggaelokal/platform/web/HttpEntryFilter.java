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
 * put in the log context), and a body that announces itself as too large, or a multipart body
 * without a usable boundary, is refused with a problem response before anything reads it.
 */
@ApplicationScoped
class HttpEntryFilter {

  private static final int PRIORITY = 10_000;

  /** A multipart media type's boundary parameter as RFC 2046 allows it, quoted or not. */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ";\\s*boundary\\s*=\\s*(\"[^\"\\r\\n]{1,70}\"|[^\\s;\"]{1,70})\\s*(;|$)",
          Pattern.CASE_INSENSITIVE);

  private final Messages messages;
  private final ObjectMapper json;
  private final long maxBodyBytes;
  private final long maxJsonBodyBytes;

  HttpEntryFilter(
      Messages messages,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      @ConfigProperty(name = "banggaelokal.http.max-json-body-size") MemorySize maxJsonBodySize) {
    this.messages = messages;
    this.json = json;
    this.maxBodyBytes = maxBodySize.asLongValue();
    this.maxJsonBodyBytes = maxJsonBodySize.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(this::handle, PRIORITY);
  }

  private void handle(RoutingContext context) {
    String requestId = RequestIds.fromClient(context.request().getHeader(RequestIds.HEADER));
    MDC.put(RequestIds.MDC_KEY, requestId);
    context.response().putHeader(RequestIds.HEADER, requestId);
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
    context.next();
  }

  private long limitFor(RoutingContext context) {
    String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
    boolean isJson = type != null && type.toLowerCase(Locale.ROOT).contains("json");
    return isJson ? maxJsonBodyBytes : maxBodyBytes;
  }

  /** Whether a multipart Content-Type names a boundary (any other type needs none). */
  static boolean hasUsableBoundary(String contentType) {
    if (contentType == null
        || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return true;
    }
    return BOUNDARY.matcher(contentType).find();
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

  private void refuse(
      RoutingContext context, ProblemKind kind, String detailKey, Object... arguments) {
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
            context.request().path(),
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
