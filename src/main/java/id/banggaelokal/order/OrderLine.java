package id.banggaelokal.order;

import id.banggaelokal.catalog.api.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of an order, at the price agreed when it was placed. */
@Embeddable
class OrderLine {

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "listing_id")
  private Long listingId;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Unit unit;

  @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
  private BigDecimal unitPrice;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  protected OrderLine() {}

  OrderLine(
      int lineNo,
      Long listingId,
      String description,
      int quantity,
      Unit unit,
      BigDecimal unitPrice) {
    this.lineNo = lineNo;
    this.listingId = listingId;
    this.description = description;
    this.quantity = quantity;
    this.unit = unit;
    this.unitPrice = unitPrice;
    this.amount = unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  int lineNo() {
    return lineNo;
  }

  Long listingId() {
    return listingId;
  }

  String description() {
    return description;
  }

  int quantity() {
    return quantity;
  }

  Unit unit() {
    return unit;
  }

  BigDecimal unitPrice() {
    return unitPrice;
  }

  BigDecimal amount() {
    return amount;
  }
}
