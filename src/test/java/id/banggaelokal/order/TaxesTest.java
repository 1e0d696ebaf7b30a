package id.banggaelokal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.order.api.Tax;
import id.banggaelokal.order.api.TaxTreatment;
import id.banggaelokal.setting.api.Rates;
import id.banggaelokal.setting.api.SettingKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked invoices: each supplier tax status in each storefront, with the rounding rule. */
class TaxesTest {

  private static final Rates RATES =
      new Rates(
          LocalDate.of(2026, 12, 1),
          Map.of(
              SettingKey.PPN_RATE, new BigDecimal("0.12"),
              SettingKey.PPN_BASE_NUMERATOR, new BigDecimal("11"),
              SettingKey.PPN_BASE_DENOMINATOR, new BigDecimal("12"),
              SettingKey.PPH22_RATE, new BigDecimal("0.015"),
              SettingKey.PPH22_THRESHOLD, new BigDecimal("2000000"),
              SettingKey.PPH23_RATE, new BigDecimal("0.02"),
              SettingKey.PP55_FINAL_RATE, new BigDecimal("0.005")));

  private record Expected(
      Tax tax, TaxTreatment treatment, String base, String rate, String amount) {}

  private static void check(
      Taxes.Computed computed, String total, String netPayable, Expected... lines) {
    assertEquals(new BigDecimal(total), computed.total().stripTrailingZeros().setScale(2));
    assertEquals(
        new BigDecimal(netPayable), computed.netPayable().stripTrailingZeros().setScale(2));
    assertEquals(lines.length, computed.lines().size(), "tax lines");
    for (int i = 0; i < lines.length; i++) {
      TaxLine line = computed.lines().get(i);
      assertEquals(lines[i].tax(), line.tax());
      assertEquals(lines[i].treatment(), line.treatment());
      assertEquals(
          0, new BigDecimal(lines[i].base()).compareTo(line.base()), "base of " + line.tax());
      assertEquals(
          0, new BigDecimal(lines[i].rate()).compareTo(line.rate()), "rate of " + line.tax());
      assertEquals(
          0, new BigDecimal(lines[i].amount()).compareTo(line.amount()), "amount of " + line.tax());
      assertEquals(2, line.amount().scale(), "amounts in whole rupiah, 2 decimals");
    }
  }

  private static Taxes.Computed compute(
      String subtotal, Storefront storefront, boolean pkp, boolean pp55) {
    return Taxes.compute(new BigDecimal(subtotal), storefront, pkp, pp55, RATES);
  }

  @Test
  void pkpEventServicePaysPpnOnElevenTwelfthsAndPph23() {
    // PPN: 10,000,000 × 11/12 = 9,166,666.67 base; 12% of the exact base = 1,100,000.
    // PPh 23: 2% of 10,000,000 = 200,000. Total 11,100,000; the supplier receives 9,800,000.
    check(
        compute("10000000.00", Storefront.EVENT_SERVICE, true, false),
        "11100000.00",
        "9800000.00",
        new Expected(Tax.PPN, TaxTreatment.COLLECTED, "9166666.67", "0.12", "1100000"),
        new Expected(Tax.PPH_23, TaxTreatment.WITHHELD, "10000000", "0.02", "200000"));
  }

  @Test
  void ppnAndIncomeTaxAreRoundedDownToTheRupiah() {
    // 1,234,567.89 × 11 × 0.12 / 12 = 135,802.4679 → 135,802; base 1,131,687.23.
    // PPh 23: 24,691.3578 → 24,691. Net: 1,234,567.89 − 24,691 = 1,209,876.89.
    check(
        compute("1234567.89", Storefront.RENTAL, true, false),
        "1370369.89",
        "1209876.89",
        new Expected(Tax.PPN, TaxTreatment.COLLECTED, "1131687.23", "0.12", "135802"),
        new Expected(Tax.PPH_23, TaxTreatment.WITHHELD, "1234567.89", "0.02", "24691"));
  }

  @Test
  void nonPkpRentalPaysOnlyPph23() {
    check(
        compute("3000000.00", Storefront.RENTAL, false, false),
        "3000000.00",
        "2940000.00",
        new Expected(Tax.PPH_23, TaxTreatment.WITHHELD, "3000000", "0.02", "60000"));
  }

  @Test
  void goodsPayPph22OnlyAboveTheThreshold() {
    check(
        compute("2100000.00", Storefront.FLAGSHIP_PRODUCT, false, false),
        "2100000.00",
        "2068500.00",
        new Expected(Tax.PPH_22, TaxTreatment.WITHHELD, "2100000", "0.015", "31500"));
    check(
        compute("2000000.00", Storefront.FLAGSHIP_PRODUCT, false, false),
        "2000000.00",
        "2000000.00");
  }

  @Test
  void pkpGoodsAboveTheThreshold() {
    // PPN 11% of 5,000,000 = 550,000; PPh 22 1.5% = 75,000.
    check(
        compute("5000000.00", Storefront.FLAGSHIP_PRODUCT, true, false),
        "5550000.00",
        "4925000.00",
        new Expected(Tax.PPN, TaxTreatment.COLLECTED, "4583333.33", "0.12", "550000"),
        new Expected(Tax.PPH_22, TaxTreatment.WITHHELD, "5000000", "0.015", "75000"));
  }

  @Test
  void pp55CertificateReplacesPph22And23WithTheFinalRate() {
    for (Storefront storefront : List.of(Storefront.EVENT_SERVICE, Storefront.RENTAL)) {
      check(
          compute("5000000.00", storefront, false, true),
          "5000000.00",
          "4975000.00",
          new Expected(Tax.PPH_FINAL_PP55, TaxTreatment.WITHHELD, "5000000", "0.005", "25000"));
    }
    // Also below the PPh 22 threshold: the final tax is on every sale.
    check(
        compute("1000000.00", Storefront.FLAGSHIP_PRODUCT, false, true),
        "1000000.00",
        "995000.00",
        new Expected(Tax.PPH_FINAL_PP55, TaxTreatment.WITHHELD, "1000000", "0.005", "5000"));
    check(
        compute("1000000.00", Storefront.FLAGSHIP_PRODUCT, true, true),
        "1110000.00",
        "995000.00",
        new Expected(Tax.PPN, TaxTreatment.COLLECTED, "916666.67", "0.12", "110000"),
        new Expected(Tax.PPH_FINAL_PP55, TaxTreatment.WITHHELD, "1000000", "0.005", "5000"));
  }
}
