package id.banggaelokal.order;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A delivery note: quantities per order line that the supplier delivered, and the buyer's answer —
 * acceptance (all or part, with a handover record, BAST) or a dispute.
 */
@Entity
@Table(name = "delivery")
class Delivery {

  enum Status {
    PENDING,
    ACCEPTED,
    DISPUTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
  @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "delivered_on", nullable = false)
  private LocalDate deliveredOn;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "dispute_reason")
  private String disputeReason;

  @Column(name = "bast_number")
  private String bastNumber;

  @Column(name = "bast_date")
  private LocalDate bastDate;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @ElementCollection
  @CollectionTable(name = "delivery_line", joinColumns = @JoinColumn(name = "delivery_id"))
  @OrderBy("lineNo")
  private List<DeliveryLine> lines = new ArrayList<>();

  protected Delivery() {}

  Delivery(
      long orderId,
      LocalDate deliveredOn,
      String note,
      List<DeliveryLine> lines,
      String recordedBy,
      OffsetDateTime now) {
    this.orderId = orderId;
    this.deliveredOn = deliveredOn;
    this.note = note;
    this.lines.addAll(lines);
    this.status = Status.PENDING;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  void accept(
      Map<Integer, Integer> accepted,
      String bastNumber,
      LocalDate bastDate,
      String by,
      OffsetDateTime now) {
    requirePending();
    lines.forEach(l -> l.accept(accepted.getOrDefault(l.lineNo(), l.quantity())));
    this.status = Status.ACCEPTED;
    this.bastNumber = bastNumber;
    this.bastDate = bastDate;
    this.answeredBy = by;
    this.answeredAt = now;
  }

  void dispute(String reason, String by, OffsetDateTime now) {
    requirePending();
    lines.forEach(l -> l.accept(0));
    this.status = Status.DISPUTED;
    this.disputeReason = reason;
    this.answeredBy = by;
    this.answeredAt = now;
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw ApiException.conflict("order.delivery.answered", id, status.name());
    }
  }

  Long id() {
    return id;
  }

  long orderId() {
    return orderId;
  }

  LocalDate deliveredOn() {
    return deliveredOn;
  }

  String note() {
    return note;
  }

  Status status() {
    return status;
  }

  String disputeReason() {
    return disputeReason;
  }

  String bastNumber() {
    return bastNumber;
  }

  LocalDate bastDate() {
    return bastDate;
  }

  OffsetDateTime recordedAt() {
    return recordedAt;
  }

  OffsetDateTime answeredAt() {
    return answeredAt;
  }

  List<DeliveryLine> lines() {
    return List.copyOf(lines);
  }
}
