package id.banggaelokal.supplier;

import id.banggaelokal.supplier.api.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A document of a supplier: its metadata here, its file in the file storage. */
@Entity
@Table(name = "supplier_document")
class SupplierDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_document_seq")
  @SequenceGenerator(
      name = "supplier_document_seq",
      sequenceName = "supplier_document_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentType type;

  @Column(nullable = false)
  private String number;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Column(name = "expiry_date")
  private LocalDate expiryDate;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "file_key", nullable = false)
  private UUID fileKey;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected SupplierDocument() {}

  SupplierDocument(
      Long supplierId,
      DocumentType type,
      String number,
      LocalDate issueDate,
      LocalDate expiryDate,
      String contentType,
      long sizeBytes,
      String sha256,
      UUID fileKey,
      OffsetDateTime uploadedAt) {
    this.supplierId = supplierId;
    this.type = type;
    this.number = number;
    this.issueDate = issueDate;
    this.expiryDate = expiryDate;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.fileKey = fileKey;
    this.uploadedAt = uploadedAt;
  }

  /** Whether it is expired on the given (city) date: the expiry date itself is still valid. */
  boolean expiredOn(LocalDate today) {
    return expiryDate != null && expiryDate.isBefore(today);
  }

  Long id() {
    return id;
  }

  Long supplierId() {
    return supplierId;
  }

  DocumentType type() {
    return type;
  }

  String number() {
    return number;
  }

  LocalDate issueDate() {
    return issueDate;
  }

  LocalDate expiryDate() {
    return expiryDate;
  }

  String contentType() {
    return contentType;
  }

  long sizeBytes() {
    return sizeBytes;
  }

  String sha256() {
    return sha256;
  }

  UUID fileKey() {
    return fileKey;
  }

  OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
