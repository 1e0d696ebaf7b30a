package id.banggaelokal.order;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.order.api.OrderSource;
import id.banggaelokal.platform.error.ApiException;
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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** An order of a work unit from one supplier; its verbs follow {@link OrderStatus}. */
@Entity
@Table(name = "purchase_order")
class Order {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
  @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private OrderSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;

  @Column(name = "work_unit_code", nullable = false, updatable = false)
  private String workUnitCode;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Storefront storefront;

  @Column(name = "purchase_request_id", updatable = false)
  private Long purchaseRequestId;

  @Column(name = "quotation_id", updatable = false)
  private Long quotationId;

  @Column(name = "delivery_place", nullable = false)
  private String deliveryPlace;

  @Column(name = "delivery_date", nullable = false)
  private LocalDate deliveryDate;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal total;

  @Column(name = "placed_by", nullable = false, updatable = false)
  private String placedBy;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private OffsetDateTime placedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "approval_required", nullable = false, updatable = false)
  private boolean approvalRequired;

  @Column(name = "po_number")
  private String poNumber;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "respond_by")
  private OffsetDateTime respondBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "buyer_cancel_request", nullable = false)
  private boolean buyerCancelRequest;

  @Column(name = "supplier_cancel_request", nullable = false)
  private boolean supplierCancelRequest;

  @Column(name = "amount_paid", nullable = false, precision = 17, scale = 2)
  private BigDecimal amountPaid = BigDecimal.ZERO;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  private String note;

  @ElementCollection
  @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  protected Order() {}

  /** A new order, placed now; it waits for approval when its total is above the threshold. */
  static Order place(
      OrderSource source,
      String workUnitCode,
      long supplierId,
      Storefront storefront,
      Long purchaseRequestId,
      Long quotationId,
      String deliveryPlace,
      LocalDate deliveryDate,
      List<OrderLine> lines,
      String note,
      BigDecimal approvalThreshold,
      OffsetDateTime respondBy,
      String placedBy,
      OffsetDateTime now) {
    Order order = new Order();
    order.source = source;
    order.status = OrderStatus.PLACED;
    order.workUnitCode = workUnitCode;
    order.supplierId = supplierId;
    order.storefront = storefront;
    order.purchaseRequestId = purchaseRequestId;
    order.quotationId = quotationId;
    order.deliveryPlace = deliveryPlace;
    order.deliveryDate = deliveryDate;
    order.lines.addAll(lines);
    order.total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    order.approvalRequired = order.total.compareTo(approvalThreshold) > 0;
    order.note = note;
    order.respondBy = respondBy;
    order.placedBy = placedBy;
    order.placedAt = now;
    order.updatedAt = now;
    return order;
  }

  /** Takes the id that {@link OrderRepository#insertPlaced} stored this new order under. */
  void stored(long id) {
    if (this.id != null) {
      throw new IllegalStateException("order " + this.id + " is stored already");
    }
    this.id = id;
  }

  // --- Verbs ----------------------------------------------------------------------------------

  /** The approver's approval of an order above the threshold; issues the Surat Pesanan. */
  void approve(String poNumber, OffsetDateTime respondBy, OffsetDateTime now) {
    requireApprovalStep();
    move(OrderStatus.Action.APPROVE, now);
    this.poNumber = poNumber;
    this.approvedAt = now;
    this.respondBy = respondBy;
  }

  void reject(String reason, OffsetDateTime now) {
    requireApprovalStep();
    move(OrderStatus.Action.REJECT, now);
    this.statusReason = reason;
    this.respondBy = null;
  }

  /** The supplier's confirmation; an order above the threshold must be approved first. */
  void confirm(OffsetDateTime now) {
    if (status == OrderStatus.PLACED && approvalRequired) {
      throw ApiException.conflict("order.approval.pending");
    }
    move(OrderStatus.Action.CONFIRM, now);
    this.confirmedAt = now;
    this.respondBy = null;
  }

  /** Gives the order its Surat Pesanan number when it has none yet. */
  void numberIfNone(Supplier<String> number) {
    if (poNumber == null) {
      poNumber = number.get();
    }
  }

  void decline(String reason, OffsetDateTime now) {
    move(OrderStatus.Action.DECLINE, now);
    this.statusReason = reason;
    this.respondBy = null;
  }

  /**
   * A party asks to cancel. Before confirmation the buyer alone cancels; after it both parties must
   * ask.
   *
   * @return whether the order is now cancelled
   */
  boolean requestCancel(boolean byBuyer, String reason, OffsetDateTime now) {
    if (OrderStatus.Action.CANCEL_UNCONFIRMED.allowedFrom(status)) {
      if (!byBuyer) {
        throw ApiException.forbidden("order.cancel.supplier-declines");
      }
      move(OrderStatus.Action.CANCEL_UNCONFIRMED, now);
      statusReason = reason;
      respondBy = null;
      return true;
    }
    OrderStatus.Action.CANCEL_AGREED.applyTo(status);
    if (byBuyer ? buyerCancelRequest : supplierCancelRequest) {
      // Asked already: the other party has been told once, and is not told again.
      throw ApiException.conflict("order.cancel.already-requested");
    }
    if (byBuyer) {
      buyerCancelRequest = true;
    } else {
      supplierCancelRequest = true;
    }
    updatedAt = now;
    if (buyerCancelRequest && supplierCancelRequest) {
      move(OrderStatus.Action.CANCEL_AGREED, now);
      statusReason = reason;
      return true;
    }
    return false;
  }

  /** The system's cancellation of an order nobody answered in time. */
  void expire(String reason, OffsetDateTime now) {
    move(OrderStatus.Action.CANCEL_UNCONFIRMED, now);
    statusReason = reason;
    respondBy = null;
  }

  /**
   * Records delivered quantities (line number → quantity); 400 for a quantity beyond what is still
   * to deliver.
   */
  void recordDelivery(Map<Integer, Integer> quantities, OffsetDateTime now) {
    OrderStatus.Action.DELIVER.applyTo(status);
    quantities.forEach((lineNo, quantity) -> line(lineNo).delivered(quantity));
    move(OrderStatus.Action.DELIVER, now);
    // Delivering goes on with the order: earlier requests to cancel it no longer stand.
    buyerCancelRequest = false;
    supplierCancelRequest = false;
    progress(now);
  }

  /** The buyer's answer to one delivery note: line → (delivered, accepted). */
  void answerDelivery(
      Map<Integer, int[]> deliveredAndAccepted, boolean disputed, OffsetDateTime now) {
    if (!answerable()) {
      OrderStatus.Action.ACCEPT.applyTo(status);
    }
    deliveredAndAccepted.forEach((lineNo, d) -> line(lineNo).answered(d[0], d[1]));
    if (disputed) {
      if (status != OrderStatus.DISPUTED) {
        move(OrderStatus.Action.DISPUTE, now);
      }
      return;
    }
    if (lines.stream().allMatch(l -> l.acceptedQuantity() == l.quantity())) {
      move(OrderStatus.Action.ACCEPT, now);
    } else if (status != OrderStatus.DISPUTED) {
      progress(now);
    }
    updatedAt = now;
  }

  /** The buyer closes what was not delivered: the accepted quantities are the order. */
  void closeRemainder(OffsetDateTime now) {
    move(OrderStatus.Action.CLOSE_REMAINDER, now);
    buyerCancelRequest = false;
    supplierCancelRequest = false;
  }

  boolean answerable() {
    return status == OrderStatus.IN_DELIVERY
        || status == OrderStatus.DELIVERED
        || status == OrderStatus.DISPUTED;
  }

  void invoiced(OffsetDateTime now) {
    move(OrderStatus.Action.INVOICE, now);
  }

  /** Adds a payment; the order is paid when the payments reach {@code payable}. */
  boolean paid(BigDecimal amount, BigDecimal payable, OffsetDateTime now) {
    OrderStatus.Action.PAY.applyTo(status);
    amountPaid = amountPaid.add(amount);
    updatedAt = now;
    if (amountPaid.compareTo(payable) >= 0) {
      move(OrderStatus.Action.PAY, now);
      move(OrderStatus.Action.COMPLETE, now);
      completedAt = now;
      return true;
    }
    return false;
  }

  /** IN_DELIVERY while something is still to deliver, DELIVERED when everything is. */
  private void progress(OffsetDateTime now) {
    boolean everythingDelivered = lines.stream().allMatch(l -> l.undelivered() == 0);
    if (everythingDelivered && status == OrderStatus.IN_DELIVERY) {
      move(OrderStatus.Action.COMPLETE_DELIVERY, now);
    } else if (!everythingDelivered && status == OrderStatus.DELIVERED) {
      move(OrderStatus.Action.REOPEN_DELIVERY, now);
    }
  }

  private void requireApprovalStep() {
    if (!approvalRequired) {
      throw ApiException.conflict("order.approval.not-required");
    }
  }

  private void move(OrderStatus.Action action, OffsetDateTime now) {
    status = action.applyTo(status);
    updatedAt = now;
  }

  OrderLine line(int lineNo) {
    return lines.stream()
        .filter(l -> l.lineNo() == lineNo)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line " + lineNo));
  }

  boolean hasLine(int lineNo) {
    return lines.stream().anyMatch(l -> l.lineNo() == lineNo);
  }

  /** Price of what the buyer accepted: what the invoice charges. */
  BigDecimal acceptedAmount() {
    return lines.stream().map(OrderLine::acceptedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  boolean approvalRequired() {
    return approvalRequired;
  }

  String poNumber() {
    return poNumber;
  }

  String statusReason() {
    return statusReason;
  }

  OffsetDateTime respondBy() {
    return respondBy;
  }

  OffsetDateTime approvedAt() {
    return approvedAt;
  }

  OffsetDateTime confirmedAt() {
    return confirmedAt;
  }

  boolean buyerCancelRequest() {
    return buyerCancelRequest;
  }

  boolean supplierCancelRequest() {
    return supplierCancelRequest;
  }

  BigDecimal amountPaid() {
    return amountPaid;
  }

  OffsetDateTime completedAt() {
    return completedAt;
  }

  String note() {
    return note;
  }

  String placedBy() {
    return placedBy;
  }

  Long id() {
    return id;
  }

  OrderSource source() {
    return source;
  }

  OrderStatus status() {
    return status;
  }

  String workUnitCode() {
    return workUnitCode;
  }

  long supplierId() {
    return supplierId;
  }

  Storefront storefront() {
    return storefront;
  }

  Long purchaseRequestId() {
    return purchaseRequestId;
  }

  Long quotationId() {
    return quotationId;
  }

  String deliveryPlace() {
    return deliveryPlace;
  }

  LocalDate deliveryDate() {
    return deliveryDate;
  }

  /**
   * A document of the order that has no field here changed (its rating, the reply to it): the order
   * did, and its version moves on with it.
   */
  void documentChanged(OffsetDateTime now) {
    updatedAt = now;
  }

  BigDecimal total() {
    return total;
  }

  OffsetDateTime placedAt() {
    return placedAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  List<OrderLine> lines() {
    return List.copyOf(lines);
  }
}
