package id.banggaelokal.quotation.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price per unit for one line of the purchase request. */
@Schema(name = "PriceLine")
public record PriceLine(
    @Schema(required = true, description = "Line number of the purchase request.", example = "1")
        @NotNull
        @Min(1)
        @Max(100)
        Integer lineNo,
    @Schema(
            required = true,
            description = "Rupiah per unit, at most 2 decimals.",
            example = "33000")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 13, fraction = 2)
        BigDecimal unitPrice) {}
