package id.banggaelokal.supplier.api;

import id.banggaelokal.supplier.SupplierStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole profile, private data included: for its owner, the admin and the auditor. */
@Schema(
    name = "SupplierProfile",
    description = "A supplier's whole profile, private data included.")
public record SupplierProfileResponse(
    @Schema(required = true, example = "51") long id,
    @Schema(required = true) SupplierStatus status,
    @Schema(
            description = "Why the profile was rejected or suspended.",
            example = "Dokumen NIB tidak terbaca.")
        String statusReason,
    @Schema(required = true) String legalName,
    @Schema(required = true) String tradingName,
    @Schema(required = true) BusinessForm businessForm,
    @Schema(required = true) BusinessScale scale,
    @Schema(required = true, example = "9120001234567") String nib,
    @Schema(required = true, example = "0012345678901000") String npwp,
    String nitku,
    @Schema(required = true) String ownerName,
    @Schema(required = true, example = "3579014501800001") String ownerNik,
    @Schema(required = true) List<String> kbliCodes,
    @Schema(required = true) boolean pkp,
    @Schema(required = true) boolean pp55Certificate,
    @Schema(required = true) SupplierProfileRequest.Address address,
    @Schema(required = true) SupplierProfileRequest.Contact contact,
    @Schema(required = true) SupplierProfileRequest.BankAccount bankAccount,
    @Schema(description = "Mandatory documents that are missing or expired.", required = true)
        List<DocumentWarning> documentWarnings,
    @Schema(
            description = "Mean rating of completed orders; null before the first.",
            example = "4.50")
        BigDecimal ratingAverage,
    @Schema(required = true, example = "0") int ratingCount,
    OffsetDateTime submittedAt,
    OffsetDateTime verifiedAt,
    @Schema(required = true, description = "Version, for If-Match.") long version,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) OffsetDateTime updatedAt) {

  @Schema(
      name = "DocumentWarning",
      description = "A mandatory document that is missing or expired.")
  public record DocumentWarning(
      @Schema(required = true) DocumentType type,
      @Schema(required = true) Problem problem,
      @Schema(description = "When the newest document of this type expired.") LocalDate expiredOn) {

    @Schema(name = "DocumentProblem", description = "What is wrong with a mandatory document.")
    public enum Problem {
      MISSING,
      EXPIRED
    }
  }
}
