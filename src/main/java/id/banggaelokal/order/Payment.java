package id.banggaelokal.order;

import id.banggaelokal.order.api.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** A payment the treasurer recorded against an order's invoice. */
@Entity
@Immutable
@Table(name = "payment")
class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
  @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private long orderId;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentMethod method;

  @Column(nullable = false)
  private String reference;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Payment() {}

  Payment(
      long orderId,
      BigDecimal amount,
      LocalDate paidOn,
      PaymentMethod method,
      String reference,
      String recordedBy,
      OffsetDateTime now) {
    this.orderId = orderId;
    this.amount = amount;
    this.paidOn = paidOn;
    this.method = method;
    this.reference = reference;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  Long id() {
    return id;
  }

  BigDecimal amount() {
    return amount;
  }

  LocalDate paidOn() {
    return paidOn;
  }

  PaymentMethod method() {
    return method;
  }

  String reference() {
    return reference;
  }

  OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
