package id.banggaelokal.purchaserequest.api;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A purchase request (RFQ) as the buyer writes it; the work unit is the buyer's own. */
@Schema(name = "PurchaseRequestRequest", description = "A purchase request (RFQ) draft.")
public record PurchaseRequestRequest(
    @Schema(required = true, example = "Katering rapat koordinasi OPD", maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String title,
    @Schema(required = true) @NotNull Storefront storefront,
    @Schema(
            required = true,
            example = "Makan siang untuk 150 peserta rapat koordinasi, 2 hari.",
            maxLength = 5000)
        @NotBlank
        @Size(max = 5000)
        String description,
    @Schema(required = true, description = "1 to 100 lines.") @NotEmpty @Size(max = 100)
        List<@Valid @NotNull Line> lines,
    @Schema(required = true, description = "Budget account (kode rekening).", example = "5.1.02.01")
        @NotBlank
        @Size(max = 60)
        String budgetCode,
    @Schema(required = true, example = "Balai Kota Among Tani, Jl. Panglima Sudirman 507")
        @NotBlank
        @Size(max = 500)
        String deliveryPlace,
    @Schema(
            required = true,
            description = "Not before the day of the quotation deadline (city time).",
            example = "2027-02-15")
        @NotNull
        LocalDate deliveryDate,
    @Schema(
            required = true,
            description = "No quotation is accepted from this moment on; in the future.",
            example = "2027-02-01T16:00:00+07:00")
        @NotNull
        OffsetDateTime quotationDeadline,
    @Schema(required = true) @NotNull Participation participation,
    @Schema(
            description =
                "For INVITED: 1 to 20 verified suppliers (their ids). Empty for OPEN requests.")
        @Size(max = 20)
        List<@NotNull @Positive Long> invitedSupplierIds) {

  /** One thing to buy: a free specification, or a published listing of the storefront. */
  @Schema(name = "PurchaseRequestLineRequest")
  public record Line(
      @Schema(description = "A published listing this line asks for (optional).") @Positive
          Long listingId,
      @Schema(required = true, example = "Nasi kotak menu ayam bakar", maxLength = 1000)
          @NotBlank
          @Size(max = 1000)
          String description,
      @Schema(required = true, example = "150") @NotNull @Min(1) @Max(1_000_000) Integer quantity,
      @Schema(required = true, description = "A unit of the request's storefront.") @NotNull
          Unit unit,
      @Schema(
              required = true,
              description = "Owner's estimate (HPS) per unit, in rupiah.",
              example = "35000")
          @NotNull
          @Positive
          @Digits(integer = 13, fraction = 2)
          BigDecimal estimateUnitPrice) {}
}
