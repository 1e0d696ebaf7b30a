package id.banggaelokal.platform.openapi;

import id.banggaelokal.platform.error.ProblemKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses that every operation can give, so that each operation does not
 * have to repeat them: on each operation the ones that apply to it, as references to a shared
 * response per problem kind in {@code components/responses}. Response headers declared without a
 * schema ({@code Location}, {@code ETag}, ...) are strings. Optional properties may be null ({@link
 * NullableOptionals}).
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  /** OpenAPI requires a schema (or content) on every header; ours are all strings. */
  @Override
  public Header filterHeader(Header header) {
    if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
      header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
    return header;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    NullableOptionals.apply(openAPI.getComponents());
    if (openAPI.getPaths() == null) {
      return;
    }
    Set<ProblemKind> used = EnumSet.noneOf(ProblemKind.class);
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean hasPathParameters = path.getKey().contains("{");
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        for (ProblemKind kind :
            applicable(operation.getKey(), operation.getValue(), hasPathParameters)) {
          String status = Integer.toString(kind.status());
          if (operation.getValue().getResponses().getAPIResponse(status) == null) {
            operation
                .getValue()
                .getResponses()
                .addAPIResponse(
                    status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + name(kind)));
            used.add(kind);
          }
        }
      }
    }
    // Only the shared responses some operation refers to (an unused component is lint).
    for (ProblemKind kind : used) {
      openAPI.getComponents().addResponse(name(kind), sharedResponse(kind));
    }
  }

  private static Set<ProblemKind> applicable(
      PathItem.HttpMethod method, Operation operation, boolean hasPathParameters) {
    Set<ProblemKind> kinds =
        EnumSet.of(ProblemKind.VALIDATION, ProblemKind.INTERNAL, ProblemKind.UNAVAILABLE);
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (secured) {
      kinds.add(ProblemKind.UNAUTHENTICATED);
      kinds.add(ProblemKind.FORBIDDEN);
    }
    if (hasPathParameters) {
      kinds.add(ProblemKind.NOT_FOUND);
    }
    if (method != PathItem.HttpMethod.GET) {
      kinds.add(ProblemKind.CONFLICT);
      kinds.add(ProblemKind.BUSINESS_RULE);
    }
    if (operation.getRequestBody() != null) {
      kinds.add(ProblemKind.PAYLOAD_TOO_LARGE);
      kinds.add(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
    }
    if (hasPathParameters && method != PathItem.HttpMethod.GET) {
      kinds.add(ProblemKind.PRECONDITION_FAILED);
    }
    return kinds;
  }

  private static APIResponse sharedResponse(ProblemKind kind) {
    Content content =
        OASFactory.createContent()
            .addMediaType(
                "application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    return OASFactory.createAPIResponse().description(description(kind)).content(content);
  }

  private static String name(ProblemKind kind) {
    StringBuilder name = new StringBuilder();
    for (String part : kind.name().toLowerCase().split("_")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }

  private static String description(ProblemKind kind) {
    return switch (kind) {
      case VALIDATION -> "The request is malformed or invalid; errors name the fields.";
      case UNAUTHENTICATED -> "No valid bearer token.";
      case FORBIDDEN -> "The token does not allow this.";
      case NOT_FOUND -> "No such resource, or not visible to the caller.";
      case METHOD_NOT_ALLOWED -> "The resource does not support this method.";
      case NOT_ACCEPTABLE -> "None of the accepted media types can be produced.";
      case CONFLICT -> "The resource's state, or a concurrent change, does not allow this.";
      case PRECONDITION_FAILED -> "If-Match names a version that is no longer current.";
      case PAYLOAD_TOO_LARGE -> "The request body is too large.";
      case URI_TOO_LONG -> "The request target (path and query) is too long.";
      case HEADERS_TOO_LARGE -> "The request's header fields are too large.";
      case UNSUPPORTED_MEDIA_TYPE ->
          "The request body has a media type this operation does not read.";
      case BUSINESS_RULE -> "A business rule refused the action.";
      case PRECONDITION_REQUIRED -> "This change requires If-Match.";
      case TOO_MANY_REQUESTS -> "Too many requests; retry later.";
      case INTERNAL -> "An unexpected fault; it is logged with the request id.";
      case UNAVAILABLE -> "A service this one depends on is unavailable; retry later.";
      case MALFORMED_REQUEST -> "The request cannot be read.";
    };
  }
}
