package id.banggaelokal.supplier;

import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.FieldError;
import id.banggaelokal.platform.storage.ContentType;
import id.banggaelokal.platform.storage.FileStorage;
import id.banggaelokal.platform.storage.Uploads;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.supplier.api.DocumentResponse;
import id.banggaelokal.supplier.api.DocumentType;
import id.banggaelokal.supplier.api.DocumentUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Documents of suppliers: the owner uploads, lists, downloads and removes; the admin reads. */
@ApplicationScoped
public class SupplierDocumentService {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MAX_DOCUMENTS = 30;
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\p{N} ./()-]+");
  private static final Set<ContentType> ACCEPTED =
      EnumSet.of(ContentType.PDF, ContentType.JPEG, ContentType.PNG);

  /** A document's file, ready to send. */
  public record DocumentFile(String mediaType, String fileName, byte[] content) {}

  private final SupplierService supplierService;
  private final SupplierRepository suppliers;
  private final SupplierDocumentRepository documents;
  private final FileStorage storage;
  private final AuditLog audit;
  private final Clock clock;

  SupplierDocumentService(
      SupplierService supplierService,
      SupplierRepository suppliers,
      SupplierDocumentRepository documents,
      FileStorage storage,
      AuditLog audit,
      Clock clock) {
    this.supplierService = supplierService;
    this.suppliers = suppliers;
    this.documents = documents;
    this.storage = storage;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a document of the caller's profile. A new NIB or NPWP document sends a verified profile
   * back for verification (what was verified has changed); other certificates are marked for the
   * next review and keep the supplier on the market.
   */
  @Transactional
  public DocumentResponse upload(DocumentUpload form) {
    Supplier supplier = supplierService.ownProfile();
    Metadata metadata = Metadata.parse(form, today());
    Uploads.Upload file =
        Uploads.check(
            form.file.uploadedFile(),
            form.file.size(),
            MAX_BYTES,
            ACCEPTED,
            "supplier.document.too-large",
            "supplier.document.type");
    if (documents.countBySupplier(supplier.id()) >= MAX_DOCUMENTS) {
      throw ApiException.businessRule("supplier.document.limit", Integer.toString(MAX_DOCUMENTS));
    }
    SupplierDocument document =
        new SupplierDocument(
            supplier.id(),
            metadata.type(),
            metadata.number(),
            metadata.issueDate(),
            metadata.expiryDate(),
            file.type().mediaType(),
            file.content().length,
            file.sha256(),
            storage.store(file.content()),
            now());
    documents.persist(document);
    documentsChanged(supplier, document.type());
    suppliers.flush();
    DocumentResponse created = SupplierResponses.document(document, today());
    audit.record(
        "supplier.document.uploaded", SupplierService.ENTITY, supplier.id(), null, created);
    return created;
  }

  @Transactional
  public List<DocumentResponse> listMine() {
    return list(supplierService.ownProfile().id());
  }

  @Transactional
  public DocumentFile downloadMine(long documentId) {
    return download(supplierService.ownProfile().id(), documentId);
  }

  /**
   * Removes a document of the caller's profile; removing its NIB or NPWP sends a verified profile
   * back for verification.
   */
  @Transactional
  public void deleteMine(long documentId) {
    Supplier supplier = supplierService.ownProfile();
    SupplierDocument document = find(supplier.id(), documentId);
    DocumentResponse before = SupplierResponses.document(document, today());
    documents.delete(document);
    documents.flush();
    storage.delete(document.fileKey());
    documentsChanged(supplier, document.type());
    suppliers.flush();
    audit.record("supplier.document.deleted", SupplierService.ENTITY, supplier.id(), before, null);
  }

  /** The documents of any supplier, for the admin and the auditor. */
  @Transactional
  public List<DocumentResponse> list(long supplierId) {
    LocalDate today = today();
    return documents.listBySupplier(supplierId).stream()
        .map(d -> SupplierResponses.document(d, today))
        .toList();
  }

  @Transactional
  public DocumentFile download(long supplierId, long documentId) {
    SupplierDocument document = find(supplierId, documentId);
    byte[] content =
        storage
            .read(document.fileKey())
            .orElseThrow(() -> new IllegalStateException("file of document " + documentId));
    String extension =
        ContentType.ofMediaType(document.contentType()).map(ContentType::extension).orElse("bin");
    String fileName =
        document.type().name().toLowerCase(Locale.ROOT) + "-" + document.id() + "." + extension;
    return new DocumentFile(document.contentType(), fileName, content);
  }

  private void documentsChanged(Supplier supplier, DocumentType type) {
    SupplierStatus before = supplier.status();
    supplier.documentsChanged(type.mandatory(), now());
    if (supplier.status() != before) {
      supplierService.announce(supplier);
      audit.record(
          "supplier.returned-for-verification",
          SupplierService.ENTITY,
          supplier.id(),
          before,
          supplier.status());
    }
  }

  private SupplierDocument find(long supplierId, long documentId) {
    return documents
        .findOf(supplierId, documentId)
        .orElseThrow(
            () -> ApiException.notFound("supplier.document.not-found", Long.toString(documentId)));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
  }

  /** The checked metadata of an upload; every problem with it is reported at once. */
  private record Metadata(
      DocumentType type, String number, LocalDate issueDate, LocalDate expiryDate) {

    static Metadata parse(DocumentUpload form, LocalDate today) {
      List<FieldError> errors = new ArrayList<>();
      DocumentType type = null;
      if (form.type == null || form.type.isBlank()) {
        errors.add(new FieldError("type", "jakarta.validation.constraints.NotBlank.message"));
      } else {
        try {
          type = DocumentType.valueOf(form.type.trim());
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError("type", "supplier.document.type.unknown"));
        }
      }
      String number = form.number == null ? "" : form.number.trim();
      if (number.isEmpty()) {
        errors.add(new FieldError("number", "jakarta.validation.constraints.NotBlank.message"));
      } else if (number.length() > 100) {
        errors.add(new FieldError("number", "supplier.document.number.length"));
      } else if (!DOCUMENT_NUMBER.matcher(number).matches()) {
        errors.add(new FieldError("number", "supplier.document.number.format"));
      }
      LocalDate issueDate = date(form.issueDate, "issueDate", true, errors);
      LocalDate expiryDate = date(form.expiryDate, "expiryDate", false, errors);
      if (issueDate != null && issueDate.isAfter(today)) {
        errors.add(
            new FieldError("issueDate", "jakarta.validation.constraints.PastOrPresent.message"));
      }
      if (issueDate != null && expiryDate != null && expiryDate.isBefore(issueDate)) {
        errors.add(new FieldError("expiryDate", "supplier.document.expiry-before-issue"));
      }
      if (form.file == null || form.file.uploadedFile() == null) {
        errors.add(new FieldError("file", "jakarta.validation.constraints.NotNull.message"));
      }
      if (!errors.isEmpty()) {
        throw ApiException.invalid(errors);
      }
      return new Metadata(type, number, issueDate, expiryDate);
    }

    private static LocalDate date(
        String text, String field, boolean required, List<FieldError> errors) {
      if (text == null || text.isBlank()) {
        if (required) {
          errors.add(new FieldError(field, "jakarta.validation.constraints.NotNull.message"));
        }
        return null;
      }
      try {
        LocalDate date = LocalDate.parse(text.trim());
        if (date.getYear() < 1900 || date.getYear() > 2200) {
          errors.add(new FieldError(field, "supplier.document.date.range"));
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(field, "validation.json.type.date"));
        return null;
      }
    }
  }
}
