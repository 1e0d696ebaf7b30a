package id.banggaelokal.integrity.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmAlertRequest", description = "An optional note for the inspectorate.")
public record ConfirmRequest(
    @Schema(example = "Diteruskan ke Inspektorat untuk pemeriksaan.", maxLength = 1000)
        @Size(max = 1000)
        String note) {}
