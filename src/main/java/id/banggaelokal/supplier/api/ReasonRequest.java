package id.banggaelokal.supplier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Why: shown to the supplier.")
public record ReasonRequest(
    @Schema(
            example = "Dokumen NPWP tidak terbaca; unggah ulang.",
            required = true,
            maxLength = 1000)
        @NotBlank
        @Size(max = 1000)
        String reason) {}
