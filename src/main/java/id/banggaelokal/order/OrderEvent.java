package id.banggaelokal.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One entry of an order's timeline: who, in which role, did what, when, with a note. */
@Entity
@Immutable
@Table(name = "order_event")
class OrderEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_event_seq")
  @SequenceGenerator(
      name = "order_event_seq",
      sequenceName = "order_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private long orderId;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String role;

  @Column(nullable = false)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;

  private String note;

  /** Entries are appended in plain SQL ({@link OrderRecords.Events#append}) and only read. */
  protected OrderEvent() {}

  Long id() {
    return id;
  }

  OffsetDateTime occurredAt() {
    return occurredAt;
  }

  String actor() {
    return actor;
  }

  String role() {
    return role;
  }

  String action() {
    return action;
  }

  OrderStatus status() {
    return status;
  }

  String note() {
    return note;
  }
}
