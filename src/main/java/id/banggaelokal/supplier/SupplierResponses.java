package id.banggaelokal.supplier;

import id.banggaelokal.supplier.api.DocumentResponse;
import id.banggaelokal.supplier.api.DocumentType;
import id.banggaelokal.supplier.api.PublicSupplierResponse;
import id.banggaelokal.supplier.api.SupplierProfileResponse;
import id.banggaelokal.supplier.api.SupplierProfileResponse.DocumentWarning;
import id.banggaelokal.supplier.api.SupplierSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Maps suppliers and their documents to the records of the API. */
final class SupplierResponses {

  private SupplierResponses() {}

  static SupplierProfileResponse profile(
      Supplier supplier, List<SupplierDocument> documents, LocalDate today) {
    SupplierProfile profile = supplier.profile();
    return new SupplierProfileResponse(
        supplier.id(),
        supplier.status(),
        supplier.statusReason(),
        profile.legalName(),
        profile.tradingName(),
        profile.businessForm(),
        profile.scale(),
        profile.nib(),
        profile.npwp(),
        profile.nitku(),
        profile.ownerName(),
        profile.ownerNik(),
        profile.kbliCodes(),
        profile.pkp(),
        profile.pp55Certificate(),
        profile.address(),
        profile.contact(),
        profile.bankAccount(),
        mandatoryDocumentWarnings(documents, today),
        supplier.ratingAverage(),
        supplier.ratingCount(),
        supplier.submittedAt(),
        supplier.verifiedAt(),
        supplier.version(),
        supplier.createdAt(),
        supplier.updatedAt());
  }

  static PublicSupplierResponse publicProfile(Supplier supplier) {
    SupplierProfile profile = supplier.profile();
    return new PublicSupplierResponse(
        supplier.id(),
        profile.legalName(),
        profile.tradingName(),
        profile.businessForm(),
        profile.scale(),
        profile.district(),
        profile.village(),
        profile.kbliCodes(),
        profile.pkp(),
        supplier.ratingAverage(),
        supplier.ratingCount(),
        supplier.verifiedAt());
  }

  static SupplierSummary summary(Supplier supplier) {
    SupplierProfile profile = supplier.profile();
    return new SupplierSummary(
        supplier.id(),
        supplier.status(),
        profile.legalName(),
        profile.tradingName(),
        profile.nib(),
        profile.npwp(),
        profile.scale(),
        profile.district(),
        supplier.submittedAt(),
        supplier.updatedAt());
  }

  static DocumentResponse document(SupplierDocument document, LocalDate today) {
    return new DocumentResponse(
        document.id(),
        document.type(),
        document.number(),
        document.issueDate(),
        document.expiryDate(),
        document.expiredOn(today),
        document.contentType(),
        document.sizeBytes(),
        document.sha256(),
        document.uploadedAt());
  }

  /**
   * For each mandatory document type, a warning when no document of it is valid today: missing when
   * there is none, expired (with the latest expiry) when all have expired.
   */
  static List<DocumentWarning> mandatoryDocumentWarnings(
      List<SupplierDocument> documents, LocalDate today) {
    List<DocumentWarning> warnings = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      if (!type.mandatory()) {
        continue;
      }
      List<SupplierDocument> ofType = documents.stream().filter(d -> d.type() == type).toList();
      if (ofType.isEmpty()) {
        warnings.add(new DocumentWarning(type, DocumentWarning.Problem.MISSING, null));
      } else if (ofType.stream().allMatch(d -> d.expiredOn(today))) {
        Optional<LocalDate> latest =
            ofType.stream().map(SupplierDocument::expiryDate).max(Comparator.naturalOrder());
        warnings.add(
            new DocumentWarning(type, DocumentWarning.Problem.EXPIRED, latest.orElse(null)));
      }
    }
    return warnings;
  }
}
