package id.banggaelokal.quotation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quotation, or a revision of one: a price for every line of the request. */
@Schema(name = "QuotationRequest")
public record QuotationRequest(
    @Schema(required = true, description = "Exactly one price for every line of the request.")
        @NotEmpty
        @Size(max = 100)
        List<@Valid @NotNull PriceLine> lines,
    @Schema(required = true, description = "Days from the order to delivery.", example = "7")
        @NotNull
        @Min(1)
        @Max(365)
        Integer deliveryDays,
    @Schema(
            required = true,
            description = "The offer holds until this day; not before the quotation deadline.",
            example = "2027-03-01")
        @NotNull
        LocalDate validUntil,
    @Schema(maxLength = 2000, example = "Harga termasuk pengiriman di Kota Batu.") @Size(max = 2000)
        String notes) {}
