package id.banggaelokal.platform.error;

import id.banggaelokal.platform.i18n.Messages;
import id.banggaelokal.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem-details responses in the caller's language. */
@ApplicationScoped
public class ProblemResponses {

  private final Messages messages;

  ProblemResponses(Messages messages) {
    this.messages = messages;
  }

  public Locale locale(List<Locale> acceptableLanguages) {
    return messages.negotiate(acceptableLanguages);
  }

  /** The caller's language; the default when its Accept-Language cannot even be read. */
  public Locale locale(jakarta.ws.rs.core.HttpHeaders headers) {
    return messages.negotiate(headers);
  }

  /** A problem whose detail is the message of the key (and whose field messages are keys too). */
  public Problem problem(
      ProblemKind kind,
      Locale locale,
      String instance,
      String detailKey,
      Object[] arguments,
      List<FieldError> fieldErrors) {
    List<FieldError> errors =
        fieldErrors.stream()
            .map(e -> new FieldError(e.field(), messages.get(locale, e.message(), arguments)))
            .toList();
    return new Problem(
        kind.type(),
        messages.get(locale, kind.titleKey()),
        kind.status(),
        messages.get(locale, detailKey, arguments),
        instance,
        RequestIds.current(),
        errors);
  }

  /** A problem whose field messages are already written in the caller's language. */
  public Problem problemWithMessages(
      ProblemKind kind, Locale locale, String instance, String detailKey, List<FieldError> errors) {
    return new Problem(
        kind.type(),
        messages.get(locale, kind.titleKey()),
        kind.status(),
        messages.get(locale, detailKey),
        instance,
        RequestIds.current(),
        errors);
  }

  public static Response.ResponseBuilder response(Problem problem, Locale locale) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .entity(problem);
  }
}
