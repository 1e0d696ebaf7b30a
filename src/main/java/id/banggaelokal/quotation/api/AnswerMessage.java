package id.banggaelokal.quotation.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An optional note with an acceptance or a refusal. */
@Schema(name = "AnswerMessage")
public record AnswerMessage(
    @Schema(maxLength = 2000, example = "Setuju.") @Size(max = 2000) String message) {}
