package id.banggaelokal.platform.error;

import jakarta.ws.rs.core.Response.Status;

/**
 * The one table from kind of problem to HTTP status, problem type and title. Every error the API
 * answers is one of these.
 */
public enum ProblemKind {
  VALIDATION(400, "validation", "problem.validation.title"),
  MALFORMED_REQUEST(400, "malformed-request", "problem.malformed.title"),
  UNAUTHENTICATED(401, "unauthenticated", "problem.unauthenticated.title"),
  FORBIDDEN(403, "forbidden", "problem.forbidden.title"),
  NOT_FOUND(404, "not-found", "problem.not-found.title"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "problem.method-not-allowed.title"),
  NOT_ACCEPTABLE(406, "not-acceptable", "problem.not-acceptable.title"),
  CONFLICT(409, "conflict", "problem.conflict.title"),
  PRECONDITION_FAILED(412, "precondition-failed", "problem.precondition-failed.title"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "problem.payload-too-large.title"),
  URI_TOO_LONG(414, "uri-too-long", "problem.uri-too-long.title"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "problem.unsupported-media-type.title"),
  BUSINESS_RULE(422, "business-rule", "problem.business-rule.title"),
  PRECONDITION_REQUIRED(428, "precondition-required", "problem.precondition-required.title"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "problem.too-many-requests.title"),
  HEADERS_TOO_LARGE(431, "headers-too-large", "problem.headers-too-large.title"),
  INTERNAL(500, "internal", "problem.internal.title"),
  UNAVAILABLE(503, "unavailable", "problem.unavailable.title");

  /** Problem types are URIs under this base; each names a page that explains the problem. */
  public static final String TYPE_BASE = "https://api.banggaelokal.id/problems/";

  private final int status;
  private final String slug;
  private final String titleKey;

  ProblemKind(int status, String slug, String titleKey) {
    this.status = status;
    this.slug = slug;
    this.titleKey = titleKey;
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_BASE + slug;
  }

  public String titleKey() {
    return titleKey;
  }

  /** The kind for a bare HTTP status that reached us without a more specific exception. */
  public static ProblemKind forStatus(int status) {
    if (status == 400) {
      // A bare 400 of the framework (a path segment or matrix parameter it cannot decode) names no
      // field: the request cannot be read. Validation problems are built with their fields.
      return MALFORMED_REQUEST;
    }
    for (ProblemKind kind : values()) {
      if (kind.status == status) {
        return kind;
      }
    }
    return Status.Family.familyOf(status) == Status.Family.CLIENT_ERROR
        ? MALFORMED_REQUEST
        : INTERNAL;
  }
}
