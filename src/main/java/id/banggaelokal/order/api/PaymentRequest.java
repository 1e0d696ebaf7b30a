package id.banggaelokal.order.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentRequest", description = "A payment to the supplier (part or all).")
public record PaymentRequest(
    @Schema(required = true, example = "9800000")
        @NotNull
        @Positive
        @Digits(integer = 15, fraction = 2)
        BigDecimal amount,
    @Schema(required = true, example = "2027-03-01") @NotNull LocalDate paidOn,
    @Schema(required = true) @NotNull PaymentMethod method,
    @Schema(required = true, example = "SP2D 00123/2027", maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String reference) {}
