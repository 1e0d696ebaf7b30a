package id.banggaelokal.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A direct order (e-purchasing) of published listings of one supplier, in one storefront. */
@Schema(name = "DirectOrderRequest")
public record DirectOrderRequest(
    @Schema(required = true, description = "1 to 50 lines, all of one supplier and storefront.")
        @NotEmpty
        @Size(max = 50)
        List<@Valid @NotNull Line> lines,
    @Schema(required = true, example = "Balai Kota Among Tani, Jl. Panglima Sudirman 507")
        @NotBlank
        @Size(max = 500)
        String deliveryPlace,
    @Schema(required = true, description = "Today or later.", example = "2027-02-15") @NotNull
        LocalDate deliveryDate,
    @Schema(maxLength = 2000) @Size(max = 2000) String note) {

  @Schema(name = "DirectOrderLine")
  public record Line(
      @Schema(required = true, description = "A published listing.") @NotNull @Positive
          Long listingId,
      @Schema(required = true, example = "2") @NotNull @Min(1) @Max(1_000_000) Integer quantity,
      @Schema(description = "Rentals: first day of the rental (inclusive).") LocalDate rentalFrom,
      @Schema(description = "Rentals: last day of the rental (inclusive).") LocalDate rentalTo,
      @Schema(description = "Rentals priced per hour: hours in the period.") @Min(1) @Max(8_784)
          Integer hours) {}
}
