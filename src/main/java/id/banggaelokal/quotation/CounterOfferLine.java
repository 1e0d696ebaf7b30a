package id.banggaelokal.quotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a negotiation round: the buyer's price, and the supplier's when it countered. */
@Embeddable
class CounterOfferLine {

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "proposed_price", nullable = false, precision = 15, scale = 2)
  private BigDecimal proposedPrice;

  @Column(name = "countered_price", precision = 15, scale = 2)
  private BigDecimal counteredPrice;

  protected CounterOfferLine() {}

  CounterOfferLine(int lineNo, BigDecimal proposedPrice) {
    this.lineNo = lineNo;
    this.proposedPrice = proposedPrice;
  }

  void counter(BigDecimal price) {
    this.counteredPrice = price;
  }

  int lineNo() {
    return lineNo;
  }

  BigDecimal proposedPrice() {
    return proposedPrice;
  }

  BigDecimal counteredPrice() {
    return counteredPrice;
  }
}
