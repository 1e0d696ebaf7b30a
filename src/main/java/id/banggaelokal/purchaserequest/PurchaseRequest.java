package id.banggaelokal.purchaserequest;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.purchaserequest.api.Participation;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.OptimisticLock;

/**
 * A work unit's request for quotations. Its verbs follow {@link PurchaseRequestStatus}; a request
 * whose deadline has passed reads as {@code CLOSED} even before it is closed in the database.
 */
@Entity
@Table(name = "purchase_request")
class PurchaseRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_request_seq")
  @SequenceGenerator(
      name = "purchase_request_seq",
      sequenceName = "purchase_request_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "work_unit_code", nullable = false, updatable = false)
  private String workUnitCode;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Storefront storefront;

  @Column(nullable = false)
  private String description;

  @Column(name = "budget_code", nullable = false)
  private String budgetCode;

  @Column(name = "delivery_place", nullable = false)
  private String deliveryPlace;

  @Column(name = "delivery_date", nullable = false)
  private LocalDate deliveryDate;

  @Column(name = "quotation_deadline", nullable = false)
  private OffsetDateTime quotationDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Participation participation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PurchaseRequestStatus status;

  @Column(name = "cancel_reason")
  private String cancelReason;

  /**
   * Kept out of the version: suppliers read the version (ETag), and it must not tell them how many
   * quotations arrived.
   */
  @OptimisticLock(excluded = true)
  @Column(name = "live_quotations", nullable = false)
  private int liveQuotations;

  @Column(name = "awarded_quotation_id")
  private Long awardedQuotationId;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "awarded_at")
  private OffsetDateTime awardedAt;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(
      name = "purchase_request_line",
      joinColumns = @JoinColumn(name = "purchase_request_id"))
  @OrderBy("lineNo")
  private List<RequestLine> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "purchase_request_invitation",
      joinColumns = @JoinColumn(name = "purchase_request_id"))
  @Column(name = "supplier_id", nullable = false)
  private Set<Long> invitedSupplierIds = new TreeSet<>();

  protected PurchaseRequest() {}

  PurchaseRequest(String workUnitCode, String createdBy, OffsetDateTime now) {
    this.workUnitCode = workUnitCode;
    this.createdBy = createdBy;
    this.status = PurchaseRequestStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** What the buyer wrote; only a draft can change. */
  void describe(Draft draft, OffsetDateTime now) {
    if (status != PurchaseRequestStatus.DRAFT) {
      throw ApiException.conflict("purchase-request.not-draft", Long.toString(id), status.name());
    }
    this.title = draft.title();
    this.storefront = draft.storefront();
    this.description = draft.description();
    this.budgetCode = draft.budgetCode();
    this.deliveryPlace = draft.deliveryPlace();
    this.deliveryDate = draft.deliveryDate();
    this.quotationDeadline = draft.quotationDeadline();
    this.participation = draft.participation();
    this.lines.clear();
    this.lines.addAll(draft.lines());
    this.invitedSupplierIds.clear();
    this.invitedSupplierIds.addAll(draft.invitedSupplierIds());
    this.updatedAt = now;
  }

  /** The checked content of a draft. */
  record Draft(
      String title,
      Storefront storefront,
      String description,
      List<RequestLine> lines,
      String budgetCode,
      String deliveryPlace,
      LocalDate deliveryDate,
      OffsetDateTime quotationDeadline,
      Participation participation,
      Collection<Long> invitedSupplierIds) {}

  /** The status as of {@code now}: an open request whose deadline has passed is closed. */
  PurchaseRequestStatus statusAt(OffsetDateTime now) {
    return status == PurchaseRequestStatus.OPEN && deadlinePassed(now)
        ? PurchaseRequestStatus.CLOSED
        : status;
  }

  boolean deadlinePassed(OffsetDateTime now) {
    return !now.isBefore(quotationDeadline);
  }

  /**
   * Whether this request asks a supplier for quotations: it is invited, or the request is open to
   * every supplier selling in its storefront and the supplier does ({@code storefronts}).
   */
  boolean asksForQuotationsFrom(long supplierId, Set<Storefront> storefronts) {
    return invitedSupplierIds.contains(supplierId)
        || (participation == Participation.OPEN && storefronts.contains(storefront));
  }

  /** Whether quotations may still be submitted, revised or withdrawn. */
  boolean acceptsQuotations(OffsetDateTime now) {
    return statusAt(now) == PurchaseRequestStatus.OPEN;
  }

  /** Whether the buyer may read the quotations: once the request has been closed. */
  boolean unsealed(OffsetDateTime now) {
    return closedAt != null || statusAt(now) == PurchaseRequestStatus.CLOSED;
  }

  void publish(OffsetDateTime now) {
    status = PurchaseRequestStatus.Action.PUBLISH.applyTo(status);
    publishedAt = now;
    updatedAt = now;
  }

  /**
   * Closes an open request; a request whose deadline has passed closed at its deadline, whenever
   * this runs.
   */
  void close(OffsetDateTime now) {
    status = PurchaseRequestStatus.Action.CLOSE.applyTo(status);
    closedAt = deadlinePassed(now) ? quotationDeadline : now;
    updatedAt = now;
  }

  /** Records in the database a close that reads already saw (the deadline has passed). */
  void settleDeadline(OffsetDateTime now) {
    if (status == PurchaseRequestStatus.OPEN && deadlinePassed(now)) {
      close(now);
    }
  }

  void award(long quotationId, long orderId, OffsetDateTime now) {
    settleDeadline(now);
    status = PurchaseRequestStatus.Action.AWARD.applyTo(status);
    awardedQuotationId = quotationId;
    this.orderId = orderId;
    awardedAt = now;
    updatedAt = now;
  }

  void cancel(String reason, OffsetDateTime now) {
    settleDeadline(now);
    status = PurchaseRequestStatus.Action.CANCEL.applyTo(status);
    cancelReason = reason;
    cancelledAt = now;
    updatedAt = now;
  }

  void quotationArrived() {
    liveQuotations++;
  }

  void quotationWithdrawn() {
    liveQuotations--;
  }

  BigDecimal estimateTotal() {
    return lines.stream().map(RequestLine::estimateAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  Long id() {
    return id;
  }

  String workUnitCode() {
    return workUnitCode;
  }

  String createdBy() {
    return createdBy;
  }

  String title() {
    return title;
  }

  Storefront storefront() {
    return storefront;
  }

  String description() {
    return description;
  }

  String budgetCode() {
    return budgetCode;
  }

  String deliveryPlace() {
    return deliveryPlace;
  }

  LocalDate deliveryDate() {
    return deliveryDate;
  }

  OffsetDateTime quotationDeadline() {
    return quotationDeadline;
  }

  Participation participation() {
    return participation;
  }

  PurchaseRequestStatus status() {
    return status;
  }

  String cancelReason() {
    return cancelReason;
  }

  int liveQuotations() {
    return liveQuotations;
  }

  Long awardedQuotationId() {
    return awardedQuotationId;
  }

  Long orderId() {
    return orderId;
  }

  OffsetDateTime publishedAt() {
    return publishedAt;
  }

  OffsetDateTime closedAt() {
    return closedAt;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  List<RequestLine> lines() {
    return List.copyOf(lines);
  }

  Set<Long> invitedSupplierIds() {
    return Set.copyOf(invitedSupplierIds);
  }
}
