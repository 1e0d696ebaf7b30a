package id.banggaelokal.purchaserequest;

import id.banggaelokal.catalog.api.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of a purchase request: what to buy, how many, and the owner's estimate per unit. */
@Embeddable
class RequestLine {

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

  @Column(name = "estimate_unit_price", nullable = false, precision = 15, scale = 2)
  private BigDecimal estimateUnitPrice;

  protected RequestLine() {}

  RequestLine(
      int lineNo,
      Long listingId,
      String description,
      int quantity,
      Unit unit,
      BigDecimal estimateUnitPrice) {
    this.lineNo = lineNo;
    this.listingId = listingId;
    this.description = description;
    this.quantity = quantity;
    this.unit = unit;
    this.estimateUnitPrice = estimateUnitPrice;
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

  BigDecimal estimateUnitPrice() {
    return estimateUnitPrice;
  }

  BigDecimal estimateAmount() {
    return estimateUnitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
