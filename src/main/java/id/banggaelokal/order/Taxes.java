package id.banggaelokal.order;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.order.api.Tax;
import id.banggaelokal.order.api.TaxTreatment;
import id.banggaelokal.setting.api.Rates;
import id.banggaelokal.setting.api.SettingKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The taxes of an invoice, from the supplier's status, the storefront and the rates of the invoice
 * date:
 *
 * <ul>
 *   <li>PPN when the supplier is PKP: rate × (subtotal × numerator / denominator), collected by the
 *       treasurer (12% on 11/12 of the subtotal, effectively 11%);
 *   <li>income tax, withheld: the PP 55/2022 final rate on the subtotal when the supplier holds the
 *       certificate; otherwise PPh 23 on event services and rentals, or PPh 22 on goods whose
 *       subtotal is above the threshold.
 * </ul>
 *
 * Rounding: a base is shown to the sen (2 decimals, half up); every tax amount is computed from the
 * exact base and rounded down to the whole rupiah, as tax invoices are. The invoice total is
 * subtotal + PPN; the net payable to the supplier is the total less every collected or withheld
 * tax.
 */
final class Taxes {

  private Taxes() {}

  record Computed(
      BigDecimal subtotal, List<TaxLine> lines, BigDecimal total, BigDecimal netPayable) {}

  static Computed compute(
      BigDecimal subtotal, Storefront storefront, boolean pkp, boolean pp55, Rates rates) {
    List<TaxLine> lines = new ArrayList<>();
    BigDecimal ppn = BigDecimal.ZERO;
    if (pkp) {
      BigDecimal numerator = rates.get(SettingKey.PPN_BASE_NUMERATOR);
      BigDecimal denominator = rates.get(SettingKey.PPN_BASE_DENOMINATOR);
      BigDecimal rate = rates.get(SettingKey.PPN_RATE);
      BigDecimal base = subtotal.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
      ppn =
          subtotal
              .multiply(numerator)
              .multiply(rate)
              .divide(denominator, 0, RoundingMode.DOWN)
              .setScale(2);
      lines.add(new TaxLine(1, Tax.PPN, TaxTreatment.COLLECTED, base, rate, ppn));
    }
    Tax incomeTax = null;
    BigDecimal incomeRate = null;
    if (pp55) {
      incomeTax = Tax.PPH_FINAL_PP55;
      incomeRate = rates.get(SettingKey.PP55_FINAL_RATE);
    } else if (storefront == Storefront.FLAGSHIP_PRODUCT) {
      if (subtotal.compareTo(rates.get(SettingKey.PPH22_THRESHOLD)) > 0) {
        incomeTax = Tax.PPH_22;
        incomeRate = rates.get(SettingKey.PPH22_RATE);
      }
    } else {
      incomeTax = Tax.PPH_23;
      incomeRate = rates.get(SettingKey.PPH23_RATE);
    }
    BigDecimal withheld = BigDecimal.ZERO;
    if (incomeTax != null) {
      withheld = subtotal.multiply(incomeRate).setScale(0, RoundingMode.DOWN).setScale(2);
      lines.add(
          new TaxLine(
              lines.size() + 1, incomeTax, TaxTreatment.WITHHELD, subtotal, incomeRate, withheld));
    }
    BigDecimal total = subtotal.add(ppn);
    return new Computed(subtotal, lines, total, total.subtract(ppn).subtract(withheld));
  }
}
