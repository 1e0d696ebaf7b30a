package id.banggaelokal.platform.error;

import java.util.List;

/**
 * A refusal that the client caused and can understand. The {@link ProblemKind} says which kind of
 * problem it is (and so the status); the message key and arguments say what exactly went wrong, in
 * the caller's language (see {@code messages.properties}).
 */
public final class ApiException extends RuntimeException {

  private final ProblemKind kind;
  private final String messageKey;
  private final transient Object[] arguments;
  private final List<FieldError> fieldErrors;

  private ApiException(
      ProblemKind kind, String messageKey, List<FieldError> fieldErrors, Object... arguments) {
    super(kind + ": " + messageKey, null, false, false);
    this.kind = kind;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /** 404: a resource that does not exist, or that the caller may not know exists. */
  public static ApiException notFound(String messageKey, Object... arguments) {
    return new ApiException(ProblemKind.NOT_FOUND, messageKey, List.of(), arguments);
  }

  /** 409: the resource's state does not allow the change. */
  public static ApiException conflict(String messageKey, Object... arguments) {
    return new ApiException(ProblemKind.CONFLICT, messageKey, List.of(), arguments);
  }

  /** 409 naming the field whose value another resource already holds. */
  public static ApiException duplicate(String field, String messageKey, Object... arguments) {
    return new ApiException(
        ProblemKind.CONFLICT, messageKey, List.of(new FieldError(field, messageKey)), arguments);
  }

  /** 412: the client's {@code If-Match} names a version that is no longer current. */
  public static ApiException staleVersion(long current) {
    return new ApiException(
        ProblemKind.PRECONDITION_FAILED, "problem.precondition-failed.detail", List.of(), current);
  }

  /** 422: allowed in principle, but a business rule refuses it. */
  public static ApiException businessRule(String messageKey, Object... arguments) {
    return new ApiException(ProblemKind.BUSINESS_RULE, messageKey, List.of(), arguments);
  }

  /** 413: an uploaded part is larger than its limit. */
  public static ApiException tooLarge(String messageKey, Object... arguments) {
    return new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, messageKey, List.of(), arguments);
  }

  /** 415: the content is not of a type this operation accepts. */
  public static ApiException unsupportedMediaType(String messageKey, Object... arguments) {
    return new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, messageKey, List.of(), arguments);
  }

  /** 400 for several fields at once; each message is a message key without arguments. */
  public static ApiException invalid(List<FieldError> fieldErrors) {
    return new ApiException(ProblemKind.VALIDATION, "problem.validation.detail", fieldErrors);
  }

  /** 403: the caller is known but may not do this. */
  public static ApiException forbidden(String messageKey, Object... arguments) {
    return new ApiException(ProblemKind.FORBIDDEN, messageKey, List.of(), arguments);
  }

  /** 400 for one field or parameter that no annotation could check. */
  public static ApiException invalid(String field, String messageKey, Object... arguments) {
    return new ApiException(
        ProblemKind.VALIDATION,
        "problem.validation.detail",
        List.of(new FieldError(field, messageKey)),
        arguments);
  }

  public ProblemKind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** Field-level errors; each message is a message key, formatted with {@link #arguments()}. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
