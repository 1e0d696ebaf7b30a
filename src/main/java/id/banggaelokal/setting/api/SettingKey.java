package id.banggaelokal.setting.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The settings of the marketplace, each with the range an admin may set it to. Their values live in
 * the database with the dates they take effect; none is a constant in code.
 */
public enum SettingKey {
  /** Orders above this total (rupiah) need the approver (PPK). */
  APPROVAL_THRESHOLD("0", "1000000000000000", true),
  /** Days from the invoice to the payment due date. */
  PAYMENT_TERM_DAYS("1", "365", true),
  /** Working days an order waits for approval or confirmation before it is cancelled. */
  RESPONSE_WORKING_DAYS("1", "60", true),
  /** PPN (VAT) rate, as a fraction. */
  PPN_RATE("0", "1", false),
  /** The PPN base is the subtotal × numerator / denominator (11/12 since 2025). */
  PPN_BASE_NUMERATOR("1", "1000", true),
  PPN_BASE_DENOMINATOR("1", "1000", true),
  /** PPh 22 on goods, as a fraction, above PPH22_THRESHOLD. */
  PPH22_RATE("0", "1", false),
  PPH22_THRESHOLD("0", "1000000000000000", true),
  /** PPh 23 on services (event services and rentals), as a fraction. */
  PPH23_RATE("0", "1", false),
  /** The final tax of PP 55/2022 that replaces PPh 22/23 for certificate holders. */
  PP55_FINAL_RATE("0", "1", false);

  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean whole;

  SettingKey(String min, String max, boolean whole) {
    this.min = new BigDecimal(min);
    this.max = new BigDecimal(max);
    this.whole = whole;
  }

  /**
   * A value as the API shows it: whole numbers (rupiah, days) without decimals, rates without the
   * trailing zeros of the stored scale ({@code 200000000}, {@code 0.12}, not {@code
   * 200000000.000000}, {@code 0.120000}).
   */
  public BigDecimal shown(BigDecimal value) {
    return whole ? value.setScale(0, RoundingMode.DOWN) : value.stripTrailingZeros();
  }

  /** Whether {@code value} is a value this setting may take. */
  public boolean accepts(BigDecimal value) {
    return value.compareTo(min) >= 0
        && value.compareTo(max) <= 0
        && (!whole || value.stripTrailingZeros().scale() <= 0)
        && value.stripTrailingZeros().scale() <= 6;
  }
}
