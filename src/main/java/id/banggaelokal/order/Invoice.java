package id.banggaelokal.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

/** The supplier's invoice for the accepted quantities, with the tax lines and rates it used. */
@Entity
@Table(name = "invoice")
class Invoice {

  @Id
  @Column(name = "order_id")
  private Long orderId;

  @Column(nullable = false)
  private String number;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal subtotal;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal total;

  @Column(name = "net_payable", nullable = false, precision = 17, scale = 2)
  private BigDecimal netPayable;

  @ColumnTransformer(write = "?::jsonb")
  @Column(nullable = false, columnDefinition = "jsonb")
  private String rates;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "overdue_noticed_at")
  private OffsetDateTime overdueNoticedAt;

  @ElementCollection
  @CollectionTable(name = "invoice_tax_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderBy("position")
  private List<TaxLine> taxLines = new ArrayList<>();

  protected Invoice() {}

  Invoice(
      long orderId,
      String number,
      LocalDate issuedOn,
      LocalDate dueOn,
      Taxes.Computed taxes,
      String rates,
      String issuedBy,
      OffsetDateTime now) {
    this.orderId = orderId;
    this.number = number;
    this.issuedOn = issuedOn;
    this.dueOn = dueOn;
    this.subtotal = taxes.subtotal();
    this.total = taxes.total();
    this.netPayable = taxes.netPayable();
    this.taxLines.addAll(taxes.lines());
    this.rates = rates;
    this.issuedBy = issuedBy;
    this.issuedAt = now;
  }

  boolean overdue(LocalDate today) {
    return today.isAfter(dueOn);
  }

  /** Records that the parties were told it is overdue. */
  void overdueNoticed(OffsetDateTime now) {
    this.overdueNoticedAt = now;
  }

  long orderId() {
    return orderId;
  }

  String number() {
    return number;
  }

  LocalDate issuedOn() {
    return issuedOn;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  BigDecimal subtotal() {
    return subtotal;
  }

  BigDecimal total() {
    return total;
  }

  BigDecimal netPayable() {
    return netPayable;
  }

  List<TaxLine> taxLines() {
    return List.copyOf(taxLines);
  }
}
