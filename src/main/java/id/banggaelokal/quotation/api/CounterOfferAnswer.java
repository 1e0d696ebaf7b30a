package id.banggaelokal.quotation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The supplier's answer with new prices (a counter to the buyer's counter-offer). */
@Schema(name = "CounterOfferAnswer")
public record CounterOfferAnswer(
    @Schema(required = true, description = "A price for every line of the request.")
        @NotEmpty
        @Size(max = 100)
        List<@Valid @NotNull PriceLine> lines,
    @Schema(maxLength = 2000, example = "Harga terbaik kami.") @Size(max = 2000) String message) {}
