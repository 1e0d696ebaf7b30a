package id.banggaelokal.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quantity of one order line in a delivery note, and how much of it the buyer accepted. */
@Embeddable
class DeliveryLine {

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "accepted_quantity")
  private Integer acceptedQuantity;

  protected DeliveryLine() {}

  DeliveryLine(int lineNo, int quantity) {
    this.lineNo = lineNo;
    this.quantity = quantity;
  }

  void accept(int accepted) {
    this.acceptedQuantity = accepted;
  }

  int lineNo() {
    return lineNo;
  }

  int quantity() {
    return quantity;
  }

  Integer acceptedQuantity() {
    return acceptedQuantity;
  }
}
