package id.banggaelokal.transparency.api;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.supplier.api.District;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the city's money went in one year: public, with no private data. */
@Schema(name = "Stats")
public record StatsResponse(
    @Schema(required = true, example = "2026") int year,
    @Schema(required = true, example = "IDR") String currency,
    @Schema(required = true, description = "Everything paid to suppliers in the year.")
        BigDecimal totalSpend,
    @Schema(required = true) long payments,
    @Schema(required = true) List<StorefrontSpend> byStorefront,
    @Schema(required = true) List<WorkUnitSpend> byWorkUnit,
    @Schema(required = true, description = "By the district where the supplier is domiciled.")
        List<DistrictSpend> bySupplierDistrict,
    @Schema(required = true, description = "Suppliers verified now.") long verifiedSuppliers,
    @Schema(required = true, description = "Suppliers paid at least once in the year.")
        long suppliersPaid,
    @Schema(required = true, description = "Spend on micro and small businesses (Perpres 12/2021).")
        Share microAndSmallBusinesses,
    @Schema(required = true, description = "Spend on suppliers domiciled in the city.")
        Share domiciledInCity,
    @Schema(required = true) DaysToPay daysFromInvoiceToPayment,
    @Schema(required = true, description = "Twelve months, January first.")
        List<MonthSpend> monthly,
    @Schema(required = true, description = "When these figures were read.")
        OffsetDateTime computedAt) {

  public record StorefrontSpend(
      @Schema(required = true) Storefront storefront,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) long payments) {}

  public record WorkUnitSpend(
      @Schema(required = true) String workUnitCode,
      @Schema(required = true) String workUnitName,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) long payments) {}

  public record DistrictSpend(
      @Schema(required = true) District district,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) long payments) {}

  @Schema(name = "SpendShare")
  public record Share(
      @Schema(required = true) BigDecimal amount,
      @Schema(
              required = true,
              description = "Percent of the total spend, 2 decimals half-up; 0 without spend.",
              example = "52.40")
          BigDecimal percent,
      @Schema(description = "The target percent, where there is one.", example = "40")
          BigDecimal targetPercent,
      @Schema(description = "Whether the target is met, where there is one.") Boolean targetMet) {}

  @Schema(
      description =
          "Days from the invoice date to the payment that settled the order, over the orders"
              + " settled in the year: the median (the mean of the two middle values for an even"
              + " count) and the 90th percentile (nearest rank); null without settled orders.")
  public record DaysToPay(
      @Schema(required = true) long orders,
      @Schema(example = "9.5") BigDecimal median,
      @Schema(example = "14") Integer percentile90) {}

  public record MonthSpend(
      @Schema(required = true, example = "2026-03") String month,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) long payments) {}
}
