package id.banggaelokal.quotation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * A supplier's quotation on a purchase request. Its submitted versions are kept as {@link
 * QuotationVersion}s; the offer is what the buyer would accept now (the latest version's prices, or
 * as negotiation left them).
 */
@Entity
@Table(name = "quotation")
class Quotation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotation_seq")
  @SequenceGenerator(name = "quotation_seq", sequenceName = "quotation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "purchase_request_id", nullable = false, updatable = false)
  private long purchaseRequestId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuotationStatus status;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "delivery_days", nullable = false)
  private int deliveryDays;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  private String notes;

  @Column(name = "offer_total", nullable = false, precision = 17, scale = 2)
  private BigDecimal offerTotal;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "order_id")
  private Long orderId;

  @Version
  @Column(nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(name = "quotation_offer_line", joinColumns = @JoinColumn(name = "quotation_id"))
  @MapKeyColumn(name = "line_no")
  @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
  private Map<Integer, BigDecimal> offer = new TreeMap<>();

  protected Quotation() {}

  /** A new quotation whose first version is {@code first} (stored right after it). */
  Quotation(
      long purchaseRequestId,
      long supplierId,
      int deliveryDays,
      LocalDate validUntil,
      String notes,
      Map<Integer, BigDecimal> prices,
      BigDecimal total,
      OffsetDateTime now) {
    this.purchaseRequestId = purchaseRequestId;
    this.supplierId = supplierId;
    this.status = QuotationStatus.SUBMITTED;
    this.currentVersion = 1;
    this.deliveryDays = deliveryDays;
    this.validUntil = validUntil;
    this.notes = notes;
    this.submittedAt = now;
    offer(prices, total, now);
  }

  /** Makes {@code revision} the current version (and its prices the offer). */
  void revise(QuotationVersion revision) {
    status = QuotationStatus.Action.REVISE.applyTo(status);
    currentVersion = revision.number();
    deliveryDays = revision.deliveryDays();
    validUntil = revision.validUntil();
    notes = revision.notes();
    offer(revision.prices(), revision.total(), revision.createdAt());
  }

  /** Replaces the offer's prices (after a negotiation round). */
  void offer(Map<Integer, BigDecimal> prices, BigDecimal total, OffsetDateTime now) {
    offer.clear();
    offer.putAll(prices);
    offerTotal = total;
    updatedAt = now;
  }

  /**
   * A negotiation round was proposed or declined, leaving the offer as it was: the quotation's
   * rounds are part of it, so its version moves on.
   */
  void negotiated(OffsetDateTime now) {
    updatedAt = now;
  }

  void withdraw(OffsetDateTime now) {
    status = QuotationStatus.Action.WITHDRAW.applyTo(status);
    withdrawnAt = now;
    updatedAt = now;
  }

  void award(long orderId, OffsetDateTime now) {
    status = QuotationStatus.Action.AWARD.applyTo(status);
    this.orderId = orderId;
    updatedAt = now;
  }

  void notAwarded(OffsetDateTime now) {
    status = QuotationStatus.Action.NOT_AWARD.applyTo(status);
    updatedAt = now;
  }

  Long id() {
    return id;
  }

  long purchaseRequestId() {
    return purchaseRequestId;
  }

  long supplierId() {
    return supplierId;
  }

  QuotationStatus status() {
    return status;
  }

  int currentVersion() {
    return currentVersion;
  }

  int deliveryDays() {
    return deliveryDays;
  }

  LocalDate validUntil() {
    return validUntil;
  }

  String notes() {
    return notes;
  }

  BigDecimal offerTotal() {
    return offerTotal;
  }

  Map<Integer, BigDecimal> offer() {
    return Map.copyOf(offer);
  }

  OffsetDateTime submittedAt() {
    return submittedAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  Long orderId() {
    return orderId;
  }

  long version() {
    return version;
  }
}
