package id.banggaelokal.integrity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DismissAlertRequest", description = "Why the alert is not a concern.")
public record DismissRequest(
    @Schema(
            example = "Satu-satunya penyedia tenda berkapasitas 500 orang di Kota Batu.",
            required = true,
            maxLength = 1000)
        @NotBlank
        @Size(max = 1000)
        String reason) {}
