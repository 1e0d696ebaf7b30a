package id.banggaelokal.supplier.api;

import static id.banggaelokal.supplier.api.IndonesianId.Kind.BANK_ACCOUNT;
import static id.banggaelokal.supplier.api.IndonesianId.Kind.KBLI;
import static id.banggaelokal.supplier.api.IndonesianId.Kind.NIB;
import static id.banggaelokal.supplier.api.IndonesianId.Kind.NIK;
import static id.banggaelokal.supplier.api.IndonesianId.Kind.NITKU;
import static id.banggaelokal.supplier.api.IndonesianId.Kind.NPWP;
import static id.banggaelokal.supplier.api.IndonesianId.Kind.PHONE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier's business profile, as registered and as updated (a full replacement). */
@Schema(name = "SupplierProfileRequest", description = "A supplier's business profile.")
public record SupplierProfileRequest(
    @Schema(
            description = "Registered legal name.",
            example = "CV Apel Makmur Sejahtera",
            required = true,
            maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String legalName,
    @Schema(
            description = "Name the business trades under.",
            example = "Keripik Apel Makmur",
            required = true,
            maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String tradingName,
    @Schema(required = true) @NotNull BusinessForm businessForm,
    @Schema(required = true) @NotNull BusinessScale scale,
    @Schema(description = "NIB: 13 digits.", example = "9120001234567", required = true)
        @NotNull
        @IndonesianId(NIB)
        String nib,
    @Schema(
            description =
                "NPWP: 16 digits, or a legacy 15-digit NPWP (stored with a leading 0), or the"
                    + " owner's NIK for individuals. Dots, dashes and spaces are ignored.",
            example = "01.234.567.8-901.000",
            required = true)
        @NotNull
        @IndonesianId(NPWP)
        String npwp,
    @Schema(
            description = "NITKU: 22 digits, the 16-digit NPWP followed by the branch number.",
            example = "0012345678901000000001")
        @IndonesianId(NITKU)
        String nitku,
    @Schema(
            description = "Name of the owner.",
            example = "Siti Rahayu",
            required = true,
            maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String ownerName,
    @Schema(
            description = "The owner's NIK: 16 digits. Private.",
            example = "3579014501800001",
            required = true)
        @NotNull
        @IndonesianId(NIK)
        String ownerNik,
    @Schema(
            description = "KBLI business classification codes, 5 digits each.",
            example = "[\"10794\", \"47241\"]",
            required = true)
        @NotEmpty
        @Size(max = 20)
        List<@NotNull @IndonesianId(KBLI) String> kbliCodes,
    @Schema(
            description = "VAT-registered (Pengusaha Kena Pajak).",
            example = "false",
            required = true)
        @NotNull
        Boolean pkp,
    @Schema(
            description = "Holds a PP 55/2022 final-tax certificate.",
            example = "true",
            required = true)
        @NotNull
        Boolean pp55Certificate,
    @Schema(required = true) @NotNull @Valid Address address,
    @Schema(required = true) @NotNull @Valid Contact contact,
    @Schema(required = true) @NotNull @Valid BankAccount bankAccount) {

  @Schema(name = "SupplierAddress", description = "Business address in Kota Batu.")
  public record Address(
      @Schema(
              description = "Street and number.",
              example = "Jl. Raya Punten No. 12",
              required = true,
              maxLength = 300)
          @NotBlank
          @Size(max = 300)
          String street,
      @Schema(
              description = "Village (desa/kelurahan).",
              example = "Punten",
              required = true,
              maxLength = 100)
          @NotBlank
          @Size(max = 100)
          String village,
      @Schema(required = true) @NotNull District district,
      @Schema(description = "Postal code: 5 digits.", example = "65338")
          @Pattern(regexp = "^\\d{5}$", message = "{supplier.postal-code.format}")
          String postalCode) {}

  @Schema(name = "SupplierContact", description = "How the city reaches the business. Private.")
  public record Contact(
      @Schema(
              description = "Indonesian phone number; stored as +62…",
              example = "0812-3456-7890",
              required = true)
          @NotNull
          @IndonesianId(PHONE)
          String phone,
      @Schema(
              description = "E-mail address.",
              example = "halo@apelmakmur.id",
              required = true,
              maxLength = 254)
          @NotBlank
          @Email
          @Size(max = 254)
          String email) {}

  @Schema(name = "SupplierBankAccount", description = "Where payments go. Private.")
  public record BankAccount(
      @Schema(description = "Bank.", example = "Bank Jatim", required = true, maxLength = 100)
          @NotBlank
          @Size(max = 100)
          String bankName,
      @Schema(description = "Account number: digits only.", example = "0011223344", required = true)
          @NotNull
          @IndonesianId(BANK_ACCOUNT)
          String accountNumber,
      @Schema(
              description = "Name of the account holder.",
              example = "CV Apel Makmur Sejahtera",
              required = true,
              maxLength = 200)
          @NotBlank
          @Size(max = 200)
          String accountHolder) {}
}
