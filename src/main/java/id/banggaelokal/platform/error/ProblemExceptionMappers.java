package id.banggaelokal.platform.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.banggaelokal.platform.web.RequestIds;
import id.banggaelokal.platform.web.StrictParamConverters;
import id.banggaelokal.platform.web.UnroutedRequests;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become problem details. Each method maps one family of exceptions
 * to a {@link ProblemKind}; nothing here ever puts a stack trace, class name or SQL into a
 * response. Faults that are not the client's are logged with the request id.
 */
public class ProblemExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

  private final ProblemResponses problems;
  private final ValidationMessages validationMessages;

  ProblemExceptionMappers(ProblemResponses problems, ValidationMessages validationMessages) {
    this.problems = problems;
    this.validationMessages = validationMessages;
  }

  @ServerExceptionMapper
  public Response apiException(ApiException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = problems.locale(headers);
    Problem problem =
        problems.problem(
            e.kind(), locale, path(uri), e.messageKey(), e.arguments(), e.fieldErrors());
    return ProblemResponses.response(problem, locale).build();
  }

  @ServerExceptionMapper({
    ConstraintViolationException.class,
    ResteasyReactiveViolationException.class
  })
  public Response constraintViolation(
      ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = problems.locale(headers);
    if (e.getConstraintViolations().stream().anyMatch(ProblemExceptionMappers::isReturnValue)) {
      return fault(e, headers, uri);
    }
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(new FieldError(fieldOf(violation), validationMessages.of(violation, locale)));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    Problem problem =
        problems.problemWithMessages(
            ProblemKind.VALIDATION, locale, path(uri), "problem.validation.detail", errors);
    return ProblemResponses.response(problem, locale).build();
  }

  @ServerExceptionMapper({
    JsonProcessingException.class,
    JsonParseException.class,
    JsonMappingException.class,
    MismatchedInputException.class,
    InvalidFormatException.class,
    UnrecognizedPropertyException.class,
    InvalidNullException.class,
    ValueInstantiationException.class
  })
  public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = problems.locale(headers);
    return ProblemResponses.response(JsonProblems.of(e, problems, locale, path(uri)), locale)
        .build();
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = problems.locale(headers);
    Problem problem =
        problems.problem(
            ProblemKind.UNAUTHENTICATED,
            locale,
            path(uri),
            "problem.unauthenticated.detail",
            new Object[0],
            List.of());
    return ProblemResponses.response(problem, locale)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(
      io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    return simple(ProblemKind.FORBIDDEN, "problem.forbidden.detail", headers, uri).build();
  }

  @ServerExceptionMapper
  public Response invalidParameter(
      StrictParamConverters.InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
    return apiException(
        ApiException.invalid(e.parameter(), e.messageKey(), e.choices()), headers, uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json, headers, uri);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return fault(e, headers, uri);
    }
    ProblemKind kind = ProblemKind.forStatus(status);
    Response.ResponseBuilder builder =
        simple(kind, kind.titleKey().replace(".title", ".detail"), headers, uri);
    if (e instanceof NotAllowedException) {
      UnroutedRequests.tag();
    }
    if (e instanceof NotAllowedException && !e.getResponse().getAllowedMethods().isEmpty()) {
      builder.allow(e.getResponse().getAllowedMethods());
    }
    return builder.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
    return switch (Faults.classify(e)) {
      case DATABASE_UNAVAILABLE -> {
        LOG.warnf("request %s: database unavailable: %s", RequestIds.current(), e.toString());
        yield simple(ProblemKind.UNAVAILABLE, "problem.unavailable.detail", headers, uri)
            .header("Retry-After", "5")
            .build();
      }
      case IDENTITY_PROVIDER_UNAVAILABLE -> {
        LOG.warnf("request %s: identity provider unavailable: %s", RequestIds.current(), e);
        yield simple(ProblemKind.UNAVAILABLE, "problem.unavailable.detail", headers, uri)
            .header("Retry-After", "5")
            .build();
      }
      case CONCURRENT_CHANGE ->
          simple(ProblemKind.CONFLICT, "problem.conflict.concurrent", headers, uri).build();
      case DUPLICATE ->
          simple(ProblemKind.CONFLICT, "problem.conflict.duplicate", headers, uri).build();
      case INVALID_DATA -> {
        LOG.infof("request %s: value refused by the database: %s", RequestIds.current(), e);
        yield simple(ProblemKind.VALIDATION, "problem.validation.data", headers, uri).build();
      }
      case UNREADABLE_REQUEST ->
          simple(ProblemKind.MALFORMED_REQUEST, "problem.malformed.detail", headers, uri).build();
      case UNKNOWN -> fault(e, headers, uri);
    };
  }

  private Response fault(Throwable e, HttpHeaders headers, UriInfo uri) {
    LOG.errorf(e, "request %s failed", RequestIds.current());
    return simple(ProblemKind.INTERNAL, "problem.internal.detail", headers, uri).build();
  }

  private Response.ResponseBuilder simple(
      ProblemKind kind, String detailKey, HttpHeaders headers, UriInfo uri) {
    Locale locale = problems.locale(headers);
    Problem problem =
        problems.problem(kind, locale, path(uri), detailKey, new Object[0], List.of());
    return ProblemResponses.response(problem, locale);
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** A violation of what the service answered is the service's fault, not the client's. */
  private static boolean isReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field a violation is about, as the client names it: the JSON path inside a request body, or
   * the name of the query, path or header parameter.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (node.isInIterable() && position != null) {
        if (names.isEmpty()) {
          names.add((parameter == null ? "" : parameter) + "[" + position + "]");
        } else {
          int last = names.size() - 1;
          names.set(last, names.get(last) + "[" + position + "]");
        }
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        names.add(name);
      }
    }
    if (!names.isEmpty()) {
      return String.join(".", names);
    }
    return parameter == null ? "" : parameter;
  }
}
