package id.banggaelokal.order;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.order.api.OrderSource;
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
import org.hibernate.annotations.BatchSize;

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

  @ElementCollection
  @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderBy("lineNo")
  @BatchSize(size = 100)
  private List<OrderLine> lines = new ArrayList<>();

  protected Order() {}

  /** An order placed by an award: the request's lines at the agreed prices. */
  static Order fromAward(
      String workUnitCode,
      long supplierId,
      Storefront storefront,
      long purchaseRequestId,
      long quotationId,
      String deliveryPlace,
      LocalDate deliveryDate,
      List<OrderLine> lines,
      String placedBy,
      OffsetDateTime now) {
    Order order = new Order();
    order.source = OrderSource.AWARD;
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
    order.placedBy = placedBy;
    order.placedAt = now;
    order.updatedAt = now;
    return order;
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
