package id.banggaelokal.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery note: quantities per order line, never more than is still to deliver. */
@Schema(name = "DeliveryRequest")
public record DeliveryRequest(
    @Schema(required = true, example = "2027-02-15") @NotNull LocalDate deliveredOn,
    @Schema(required = true) @NotEmpty @Size(max = 100) List<@Valid @NotNull Quantity> lines,
    @Schema(maxLength = 2000) @Size(max = 2000) String note) {

  @Schema(name = "LineQuantity")
  public record Quantity(
      @Schema(required = true, example = "1") @NotNull @Min(1) @Max(100) Integer lineNo,
      @Schema(required = true, example = "150") @NotNull @Min(0) @Max(1_000_000)
          Integer quantity) {}
}
