package id.banggaelokal.quotation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The buyer's proposal in a negotiation round: new prices for every line, and why. */
@Schema(name = "CounterOfferRequest")
public record CounterOfferRequest(
    @Schema(required = true, description = "A price for every line of the request.")
        @NotEmpty
        @Size(max = 100)
        List<@Valid @NotNull PriceLine> lines,
    @Schema(required = true, maxLength = 2000, example = "Mohon harga sesuai HPS.")
        @NotBlank
        @Size(max = 2000)
        String message) {}
