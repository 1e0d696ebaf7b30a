package id.banggaelokal.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderReason", description = "Why: shown to the other party and in the timeline.")
public record ReasonRequest(
    @Schema(required = true, maxLength = 1000, example = "Stok habis.") @NotBlank @Size(max = 1000)
        String reason) {}
