package id.banggaelokal.order;

import id.banggaelokal.catalog.api.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an order, at the price agreed when it was placed. A rental line names its period; its
 * amount is price × quantity × rate periods (days, weeks or hours) in it.
 */
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

  @Column(nullable = false)
  private int periods;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  @Column(name = "rental_from")
  private LocalDate rentalFrom;

  @Column(name = "rental_to")
  private LocalDate rentalTo;

  @Column(name = "booking_id")
  private Long bookingId;

  @Column(name = "delivered_quantity", nullable = false)
  private int deliveredQuantity;

  @Column(name = "accepted_quantity", nullable = false)
  private int acceptedQuantity;

  protected OrderLine() {}

  OrderLine(
      int lineNo,
      Long listingId,
      String description,
      int quantity,
      Unit unit,
      BigDecimal unitPrice,
      int periods,
      LocalDate rentalFrom,
      LocalDate rentalTo) {
    this.lineNo = lineNo;
    this.listingId = listingId;
    this.description = description;
    this.quantity = quantity;
    this.unit = unit;
    this.unitPrice = unitPrice;
    this.periods = periods;
    this.rentalFrom = rentalFrom;
    this.rentalTo = rentalTo;
    this.amount = unitPrice.multiply(BigDecimal.valueOf((long) quantity * periods));
  }

  /** A line without a rental period. */
  OrderLine(
      int lineNo,
      Long listingId,
      String description,
      int quantity,
      Unit unit,
      BigDecimal unitPrice) {
    this(lineNo, listingId, description, quantity, unit, unitPrice, 1, null, null);
  }

  boolean rental() {
    return rentalFrom != null;
  }

  /** What is still to be delivered. */
  int undelivered() {
    return quantity - deliveredQuantity;
  }

  void delivered(int count) {
    deliveredQuantity += count;
  }

  /** The buyer accepted {@code accepted} of {@code delivered} items of a delivery note. */
  void answered(int delivered, int accepted) {
    acceptedQuantity += accepted;
    deliveredQuantity -= delivered - accepted;
  }

  /** Price of the accepted quantity. */
  BigDecimal acceptedAmount() {
    return unitPrice.multiply(BigDecimal.valueOf((long) acceptedQuantity * periods));
  }

  void booked(Long bookingId) {
    this.bookingId = bookingId;
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

  int periods() {
    return periods;
  }

  BigDecimal amount() {
    return amount;
  }

  LocalDate rentalFrom() {
    return rentalFrom;
  }

  LocalDate rentalTo() {
    return rentalTo;
  }

  Long bookingId() {
    return bookingId;
  }

  int deliveredQuantity() {
    return deliveredQuantity;
  }

  int acceptedQuantity() {
    return acceptedQuantity;
  }
}
