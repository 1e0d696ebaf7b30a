package id.banggaelokal.platform.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its JSON path and what is wrong with it. */
@Schema(name = "FieldError", description = "One invalid field of the request.")
public record FieldError(
    @Schema(description = "JSON path of the field, or the name of the parameter.", example = "code")
        String field,
    @Schema(
            description = "What is wrong with it, in the caller's language.",
            example = "wajib diisi")
        String message) {}
