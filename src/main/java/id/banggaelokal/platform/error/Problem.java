package id.banggaelokal.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(
            description = "URI that identifies the kind of problem.",
            example = "https://api.banggaelokal.id/problems/validation")
        String type,
    @Schema(
            description = "Short summary of the kind of problem.",
            example = "Permintaan tidak valid")
        String title,
    @Schema(description = "HTTP status code.", example = "400") int status,
    @Schema(
            description = "What went wrong with this request.",
            example = "Ada isian yang tidak valid.")
        String detail,
    @Schema(description = "Path of the request.", example = "/api/v1/admin/work-units")
        String instance,
    @Schema(
            description = "Id of this request, as in the X-Request-Id header and the service log.",
            example = "9b2f6c1e-8d0a-4f5e-b3c1-2a7d9e4f6b10")
        String requestId,
    @Schema(description = "The invalid fields, for validation problems.") List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
