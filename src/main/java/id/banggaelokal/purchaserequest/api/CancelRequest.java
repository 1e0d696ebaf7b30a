package id.banggaelokal.purchaserequest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelRequest", description = "Why the purchase request is cancelled.")
public record CancelRequest(
    @Schema(example = "Anggaran dialihkan.", required = true, maxLength = 1000)
        @NotBlank
        @Size(max = 1000)
        String reason) {}
