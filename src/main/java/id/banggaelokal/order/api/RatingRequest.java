package id.banggaelokal.order.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingRequest")
public record RatingRequest(
    @Schema(required = true, minimum = "1", maximum = "5", example = "5") @NotNull @Min(1) @Max(5)
        Integer score,
    @Schema(maxLength = 2000, example = "Tepat waktu dan rapi.") @Size(max = 2000)
        String comment) {}
