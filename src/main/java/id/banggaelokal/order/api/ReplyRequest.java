package id.banggaelokal.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingReply")
public record ReplyRequest(
    @Schema(required = true, maxLength = 2000, example = "Terima kasih.")
        @NotBlank
        @Size(max = 2000)
        String reply) {}
