package id.banggaelokal.order;

import id.banggaelokal.order.api.Tax;
import id.banggaelokal.order.api.TaxTreatment;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One tax of an invoice: on what base, at what rate, how much, collected or withheld. */
@Embeddable
class TaxLine {

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tax tax;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaxTreatment treatment;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal base;

  @Column(nullable = false, precision = 10, scale = 6)
  private BigDecimal rate;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  protected TaxLine() {}

  TaxLine(
      int position,
      Tax tax,
      TaxTreatment treatment,
      BigDecimal base,
      BigDecimal rate,
      BigDecimal amount) {
    this.position = position;
    this.tax = tax;
    this.treatment = treatment;
    this.base = base;
    this.rate = rate;
    this.amount = amount;
  }

  Tax tax() {
    return tax;
  }

  TaxTreatment treatment() {
    return treatment;
  }

  BigDecimal base() {
    return base;
  }

  BigDecimal rate() {
    return rate;
  }

  BigDecimal amount() {
    return amount;
  }
}
