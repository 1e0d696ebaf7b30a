package id.banggaelokal.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.BusinessScale;
import id.banggaelokal.supplier.api.District;
import id.banggaelokal.transparency.SpendStatistics.Total;
import id.banggaelokal.transparency.api.StatsResponse;
import id.banggaelokal.transparency.api.StatsResponse.DaysToPay;
import id.banggaelokal.transparency.api.StatsResponse.DistrictSpend;
import id.banggaelokal.transparency.api.StatsResponse.MonthSpend;
import id.banggaelokal.transparency.api.StatsResponse.Share;
import id.banggaelokal.transparency.api.StatsResponse.StorefrontSpend;
import id.banggaelokal.transparency.api.StatsResponse.WorkUnitSpend;
import id.banggaelokal.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public statistics of a year, from the running totals of {@link SpendStatistics}, kept for a
 * short while ({@code banggaelokal.stats.cache-for}) so that a popular dashboard costs the database
 * one small read per year and period.
 */
@ApplicationScoped
public class StatsService {

  /** The first year the statistics answer for. */
  static final int FIRST_YEAR = 2000;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final SpendStatistics statistics;
  private final SupplierService suppliers;
  private final WorkUnitService workUnits;
  private final BigDecimal microAndSmallTarget;
  private final Clock clock;
  private final Cache<Integer, StatsResponse> cache;

  StatsService(
      SpendStatistics statistics,
      SupplierService suppliers,
      WorkUnitService workUnits,
      @ConfigProperty(name = "banggaelokal.stats.cache-for", defaultValue = "PT1M")
          Duration cacheFor,
      @ConfigProperty(
              name = "banggaelokal.stats.micro-and-small-target-percent",
              defaultValue = "40")
          BigDecimal microAndSmallTarget,
      Clock clock) {
    this.statistics = statistics;
    this.suppliers = suppliers;
    this.workUnits = workUnits;
    this.microAndSmallTarget = microAndSmallTarget;
    this.clock = clock;
    this.cache = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(cacheFor).build();
  }

  /** The statistics of a year (this year in the city when none is given). */
  public StatsResponse of(Integer year) {
    int thisYear = LocalDate.now(clock.withZone(Clocks.CITY_ZONE)).getYear();
    int asked = year == null ? thisYear : year;
    if (asked < FIRST_YEAR || asked > thisYear) {
      throw ApiException.invalid("year", "stats.year.range", FIRST_YEAR, thisYear);
    }
    return cache.get(asked, this::compute);
  }

  private StatsResponse compute(int year) {
    Map<String, Map<String, Total>> totals =
        statistics.of(year).stream()
            .collect(
                Collectors.groupingBy(
                    Total::dimension, Collectors.toMap(Total::key, t -> t, (a, b) -> a)));
    Total total = dimension(totals, "total").getOrDefault("", new Total("total", "", null, 0));
    BigDecimal spend = total.amount() == null ? BigDecimal.ZERO.setScale(2) : total.amount();

    List<StorefrontSpend> byStorefront = new ArrayList<>();
    for (Storefront storefront : Storefront.values()) {
      Total t = dimension(totals, "storefront").get(storefront.name());
      byStorefront.add(new StorefrontSpend(storefront, amount(t), count(t)));
    }
    List<DistrictSpend> byDistrict = new ArrayList<>();
    for (District district : District.values()) {
      Total t = dimension(totals, "district").get(district.name());
      byDistrict.add(new DistrictSpend(district, amount(t), count(t)));
    }
    Map<String, Total> perWorkUnit = dimension(totals, "work_unit");
    Map<String, String> names = workUnits.namesOf(perWorkUnit.keySet());
    List<WorkUnitSpend> byWorkUnit =
        perWorkUnit.values().stream()
            .map(
                t ->
                    new WorkUnitSpend(
                        t.key(), names.getOrDefault(t.key(), t.key()), t.amount(), t.count()))
            .sorted(
                Comparator.comparing(WorkUnitSpend::amount)
                    .reversed()
                    .thenComparing(WorkUnitSpend::workUnitCode))
            .toList();
    List<MonthSpend> monthly = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      Total t = dimension(totals, "month").get("%02d".formatted(month));
      monthly.add(new MonthSpend("%d-%02d".formatted(year, month), amount(t), count(t)));
    }
    BigDecimal microAndSmall =
        amount(dimension(totals, "scale").get(BusinessScale.MICRO.name()))
            .add(amount(dimension(totals, "scale").get(BusinessScale.SMALL.name())));
    BigDecimal domiciled =
        byDistrict.stream().map(DistrictSpend::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

    return new StatsResponse(
        year,
        "IDR",
        spend,
        total.count(),
        byStorefront,
        byWorkUnit,
        byDistrict,
        suppliers.verifiedCount(),
        statistics.suppliersPaid(year),
        share(microAndSmall, spend, microAndSmallTarget),
        share(domiciled, spend, null),
        daysToPay(dimension(totals, "days_to_pay")),
        monthly,
        OffsetDateTime.now(clock));
  }

  private static Map<String, Total> dimension(Map<String, Map<String, Total>> totals, String name) {
    return totals.getOrDefault(name, Map.of());
  }

  private static BigDecimal amount(Total total) {
    return total == null ? BigDecimal.ZERO.setScale(2) : total.amount();
  }

  private static long count(Total total) {
    return total == null ? 0 : total.count();
  }

  static Share share(BigDecimal part, BigDecimal whole, BigDecimal target) {
    BigDecimal percent =
        whole.signum() == 0
            ? BigDecimal.ZERO.setScale(2)
            : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    return new Share(part, percent, target, target == null ? null : percent.compareTo(target) >= 0);
  }

  /** Median (mean of the middle two for an even count) and 90th percentile (nearest rank). */
  static DaysToPay daysToPay(Map<String, Total> histogram) {
    TreeMap<Integer, Long> counts = new TreeMap<>();
    histogram.values().forEach(t -> counts.merge(Integer.parseInt(t.key()), t.count(), Long::sum));
    long n = counts.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return new DaysToPay(0, null, null);
    }
    int lowMiddle = valueAtRank(counts, (n + 1) / 2);
    int highMiddle = valueAtRank(counts, n / 2 + 1);
    BigDecimal median =
        n % 2 == 1
            ? BigDecimal.valueOf(lowMiddle).setScale(1)
            : BigDecimal.valueOf(lowMiddle + highMiddle)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    long rank90 = (9 * n + 9) / 10; // ceil(0.9 × n)
    return new DaysToPay(n, median, valueAtRank(counts, rank90));
  }

  /** The value at a 1-based rank of a sorted histogram. */
  private static int valueAtRank(TreeMap<Integer, Long> counts, long rank) {
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (seen >= rank) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + seen);
  }
}
