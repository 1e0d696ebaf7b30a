package id.banggaelokal.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A listing as its supplier writes it. Exactly one of {@code eventService}, {@code rental} and
 * {@code product} is given: the one of the listing's storefront.
 */
@Schema(
    name = "ListingRequest",
    description = "A listing: common fields plus the attributes of its storefront.")
public record ListingRequest(
    @Schema(required = true, description = "Cannot change after creation.") @NotNull
        Storefront storefront,
    @Schema(
            required = true,
            description = "Code of a category of the storefront.",
            example = "TENT")
        @NotBlank
        @Size(max = 50)
        String categoryCode,
    @Schema(required = true, example = "Sewa tenda dome 5x5 m", minLength = 3, maxLength = 150)
        @NotBlank
        @Size(min = 3, max = 150)
        String title,
    @Schema(
            required = true,
            example = "Tenda dome putih, termasuk pemasangan di Kota Batu.",
            maxLength = 5000)
        @NotBlank
        @Size(max = 5000)
        String description,
    @Schema(
            required = true,
            description = "Price in rupiah per unit, at most 2 decimals.",
            example = "750000")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 13, fraction = 2)
        BigDecimal price,
    @Schema(required = true, description = "Unit of sale; one of the storefront's units.") @NotNull
        Unit unit,
    @Schema(description = "For EVENT_SERVICE listings.") @Valid EventServiceAttributes eventService,
    @Schema(description = "For RENTAL listings.") @Valid RentalAttributes rental,
    @Schema(description = "For FLAGSHIP_PRODUCT listings.") @Valid ProductAttributes product) {

  @Schema(name = "EventServiceAttributes")
  public record EventServiceAttributes(
      @Schema(required = true, example = "50") @NotNull @Min(1) @Max(100_000) Integer capacityMin,
      @Schema(required = true, example = "500") @NotNull @Min(1) @Max(100_000) Integer capacityMax,
      @Schema(
              description = "Where the service is offered.",
              example = "[\"Kota Batu\", \"Kabupaten Malang\"]")
          @Size(max = 20)
          List<@NotBlank @Size(max = 100) String> serviceArea,
      @Schema(
              description = "What the price includes.",
              example = "[\"Nasi kotak\", \"Air mineral\"]")
          @Size(max = 50)
          List<@NotBlank @Size(max = 200) String> includes,
      @Schema(required = true, description = "Days of notice needed.", example = "3")
          @NotNull
          @Min(0)
          @Max(365)
          Integer leadTimeDays) {}

  @Schema(name = "RentalAttributes")
  public record RentalAttributes(
      @Schema(required = true, description = "How many the supplier owns.", example = "5")
          @NotNull
          @Min(1)
          @Max(100_000)
          Integer quantityOwned,
      @Schema(description = "Deposit in rupiah.", example = "500000")
          @DecimalMin("0")
          @Digits(integer = 13, fraction = 2)
          BigDecimal deposit,
      @Schema(required = true) @NotNull Fulfilment fulfilment) {

    public enum Fulfilment {
      PICKUP,
      DELIVERY,
      PICKUP_OR_DELIVERY
    }
  }

  @Schema(name = "ProductAttributes")
  public record ProductAttributes(
      @Schema(required = true, example = "120") @NotNull @Min(0) @Max(10_000_000) Integer stock,
      @Schema(description = "Smallest quantity per order.", example = "10") @Min(1) @Max(1_000_000)
          Integer minimumOrder,
      @Schema(description = "Weight of one unit in grams.", example = "250")
          @Min(1)
          @Max(10_000_000)
          Integer weightGrams,
      @Schema(example = "ID35110000123450124")
          @Size(max = 50)
          @Pattern(regexp = "^[A-Za-z0-9./-]*$")
          String halalCertificateNumber,
      @Schema(example = "2063579010123-27") @Size(max = 50) @Pattern(regexp = "^[A-Za-z0-9./-]*$")
          String pirtNumber,
      @Schema(example = "SNI 01-4307-1996") @Size(max = 50) @Pattern(regexp = "^[A-Za-z0-9./ -]*$")
          String sniNumber,
      @Schema(description = "Shelf life in days.", example = "180") @Min(1) @Max(3650)
          Integer shelfLifeDays) {}
}
