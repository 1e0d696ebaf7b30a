package id.banggaelokal.integrity;

import id.banggaelokal.integrity.api.IntegrityRule;
import id.banggaelokal.integrity.api.ScanResponse;
import id.banggaelokal.platform.lock.AdvisoryLocks;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.setting.SettingsService;
import id.banggaelokal.setting.api.SettingKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs every integrity rule, on a schedule ({@code banggaelokal.integrity.scan-every}) and on
 * demand. A scan is one transaction holding a transaction-scoped advisory lock: on several replicas
 * the scheduled scan runs on one of them and the others skip it; an on-demand scan waits for a
 * running one and then finds what is left. The rules' unique fingerprints keep a finding single
 * even without the lock.
 */
@ApplicationScoped
public class IntegrityScan {

  private static final Logger LOG = Logger.getLogger(IntegrityScan.class);
  private static final String LOCK_NAMESPACE = "integrity";
  private static final String LOCK_KEY = "scan";

  private final IntegrityRules rules;
  private final AdvisoryLocks locks;
  private final SettingsService settings;
  private final Clock clock;
  private final Duration lookback;
  private final Duration concentrationPeriod;
  private final BigDecimal concentrationPercent;
  private final BigDecimal concentrationMinimumSpend;
  private final Duration freshListingWithin;
  private final Duration priceRaiseWithin;
  private final Duration splitWindow;

  IntegrityScan(
      IntegrityRules rules,
      AdvisoryLocks locks,
      SettingsService settings,
      Clock clock,
      @ConfigProperty(name = "banggaelokal.integrity.lookback", defaultValue = "P30D")
          Duration lookback,
      @ConfigProperty(name = "banggaelokal.integrity.concentration.period", defaultValue = "P90D")
          Duration concentrationPeriod,
      @ConfigProperty(name = "banggaelokal.integrity.concentration.percent", defaultValue = "50")
          BigDecimal concentrationPercent,
      @ConfigProperty(
              name = "banggaelokal.integrity.concentration.minimum-spend",
              defaultValue = "100000000")
          BigDecimal concentrationMinimumSpend,
      @ConfigProperty(name = "banggaelokal.integrity.fresh-listing.within", defaultValue = "PT24H")
          Duration freshListingWithin,
      @ConfigProperty(name = "banggaelokal.integrity.price-raise.within", defaultValue = "P7D")
          Duration priceRaiseWithin,
      @ConfigProperty(name = "banggaelokal.integrity.split-orders.window", defaultValue = "P7D")
          Duration splitWindow) {
    this.rules = rules;
    this.locks = locks;
    this.settings = settings;
    this.clock = clock;
    this.lookback = lookback;
    this.concentrationPeriod = concentrationPeriod;
    this.concentrationPercent = concentrationPercent;
    this.concentrationMinimumSpend = concentrationMinimumSpend;
    this.freshListingWithin = freshListingWithin;
    this.priceRaiseWithin = priceRaiseWithin;
    this.splitWindow = splitWindow;
  }

  @Scheduled(
      identity = "integrity-scan",
      every = "${banggaelokal.integrity.scan-every:1h}",
      delayed = "60s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    scanUnlessRunning()
        .filter(result -> result.total() > 0)
        .ifPresent(result -> LOG.infof("integrity scan raised %s", result.raised()));
  }

  /** Scans now, after any scan that is running; answers what it raised. */
  public ScanResponse scan() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              locks.lockAll(LOCK_NAMESPACE, List.of(LOCK_KEY));
              return runRules();
            });
  }

  /** Scans now unless another scan (on any replica) is running: then empty. */
  public Optional<ScanResponse> scanUnlessRunning() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                locks.tryLock(LOCK_NAMESPACE, LOCK_KEY)
                    ? Optional.of(runRules())
                    : Optional.<ScanResponse>empty());
  }

  private ScanResponse runRules() {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime since = now.minus(lookback);
    BigDecimal threshold =
        settings
            .on(LocalDate.now(clock.withZone(Clocks.CITY_ZONE)))
            .get(SettingKey.APPROVAL_THRESHOLD);
    Map<IntegrityRule, Integer> raised = new EnumMap<>(IntegrityRule.class);
    raised.put(
        IntegrityRule.BUYER_SUPPLIER_CONCENTRATION,
        rules.buyerSupplierConcentration(
            now, concentrationPeriod, concentrationPercent, concentrationMinimumSpend));
    raised.put(
        IntegrityRule.FRESH_LISTING_ORDERED,
        rules.freshListingOrdered(since, now, freshListingWithin));
    raised.put(
        IntegrityRule.PRICE_RAISED_BEFORE_ORDER,
        rules.priceRaisedBeforeOrder(since, now, priceRaiseWithin));
    raised.put(IntegrityRule.SHARED_BANK_ACCOUNT, rules.sharedBankAccount(now));
    raised.put(IntegrityRule.SHARED_OWNER_NIK, rules.sharedOwnerNik(now));
    raised.put(IntegrityRule.SPLIT_ORDERS, rules.splitOrders(since, now, splitWindow, threshold));
    int total = raised.values().stream().mapToInt(Integer::intValue).sum();
    return new ScanResponse(now, raised, total);
  }
}
