package id.banggaelokal.setting;

import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.FieldError;
import id.banggaelokal.platform.lock.AdvisoryLocks;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.setting.api.Rates;
import id.banggaelokal.setting.api.SettingKey;
import id.banggaelokal.setting.api.SettingsResponse;
import id.banggaelokal.setting.api.SettingsUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Settings with effective dates: thresholds, tax rates and terms. A day's value of a key is the one
 * with the latest date on or before it; new values take effect today or later, so what an invoice
 * used stays what the settings say for its day.
 */
@ApplicationScoped
public class SettingsService {

  private static final String LOCK_NAMESPACE = "settings";
  private static final String LOCK_KEY = "update";

  private final SettingValueRepository values;
  private final AdvisoryLocks locks;
  private final AuditLog audit;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final java.time.Duration refresh;
  private final jakarta.transaction.TransactionSynchronizationRegistry transactions;

  SettingsService(
      SettingValueRepository values,
      AdvisoryLocks locks,
      AuditLog audit,
      CurrentUser currentUser,
      Clock clock,
      jakarta.transaction.TransactionSynchronizationRegistry transactions,
      @org.eclipse.microprofile.config.inject.ConfigProperty(
              name = "banggaelokal.settings.refresh",
              defaultValue = "PT10S")
          java.time.Duration refresh) {
    this.values = values;
    this.locks = locks;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
    this.transactions = transactions;
    this.refresh = refresh;
  }

  /** One dated value, as kept in memory. */
  private record Dated(SettingKey key, LocalDate effectiveFrom, BigDecimal value) {}

  /** Every value, newest first per key, and when it was read. */
  private record Snapshot(List<Dated> values, long readAtNanos) {}

  private volatile Snapshot snapshot;

  /**
   * Every setting's value on {@code day}. The values are read from the database at most every
   * {@code banggaelokal.settings.refresh} (and at once after a change on this replica): a change
   * made on another replica is seen within that time.
   */
  @Transactional
  public Rates on(LocalDate day) {
    Map<SettingKey, BigDecimal> byKey = new EnumMap<>(SettingKey.class);
    for (Dated value : current(System.nanoTime()).values()) {
      if (!value.effectiveFrom().isAfter(day)) {
        byKey.putIfAbsent(value.key(), value.value());
      }
    }
    return new Rates(day, byKey);
  }

  private Snapshot current(long now) {
    Snapshot known = snapshot;
    if (known == null || now - known.readAtNanos() > refresh.toNanos()) {
      known =
          new Snapshot(
              values.history().stream()
                  .map(v -> new Dated(v.key(), v.effectiveFrom(), v.value()))
                  .toList(),
              now);
      snapshot = known;
    }
    return known;
  }

  @Transactional
  public SettingsResponse current() {
    LocalDate today = today();
    Map<SettingKey, List<SettingsResponse.Value>> history = new EnumMap<>(SettingKey.class);
    Map<SettingKey, SettingValue> inEffect = new EnumMap<>(SettingKey.class);
    for (SettingValue value : values.history()) {
      history
          .computeIfAbsent(value.key(), k -> new ArrayList<>())
          .add(
              new SettingsResponse.Value(
                  value.key().shown(value.value()),
                  value.effectiveFrom(),
                  value.changedBy(),
                  value.changedAt()));
      if (!value.effectiveFrom().isAfter(today)) {
        inEffect.putIfAbsent(value.key(), value);
      }
    }
    List<SettingsResponse.Setting> settings = new ArrayList<>();
    for (SettingKey key : SettingKey.values()) {
      SettingValue value = inEffect.get(key);
      settings.add(
          new SettingsResponse.Setting(
              key,
              value == null ? null : key.shown(value.value()),
              value == null ? null : value.effectiveFrom(),
              history.getOrDefault(key, List.of())));
    }
    return new SettingsResponse(today, settings, values.version());
  }

  /**
   * Sets new values from their days on (today or later); a value for the same day replaces it.
   * Changes are made one after the other (a transaction lock), so that an If-Match read before
   * another admin's change is refused (412).
   */
  @Transactional
  public SettingsResponse update(SettingsUpdate update, String ifMatch) {
    locks.lockAll(LOCK_NAMESPACE, List.of(LOCK_KEY));
    Versions.checkIfMatch(ifMatch, values.version());
    LocalDate today = today();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < update.changes().size(); i++) {
      SettingsUpdate.Change change = update.changes().get(i);
      if (!change.key().accepts(change.value())) {
        errors.add(new FieldError("changes[" + i + "].value", "setting.value.range"));
      }
      if (change.effectiveFrom().getYear() > 9999) {
        errors.add(new FieldError("changes[" + i + "].effectiveFrom", "setting.effective.far"));
      } else if (change.effectiveFrom().isBefore(today)) {
        errors.add(new FieldError("changes[" + i + "].effectiveFrom", "setting.effective.past"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (SettingsUpdate.Change change : update.changes()) {
      var existing = values.at(change.key(), change.effectiveFrom());
      BigDecimal before = existing.map(SettingValue::value).orElse(null);
      if (existing.isPresent()) {
        existing.get().change(change.value(), currentUser.actorId(), now);
      } else {
        values.persist(
            new SettingValue(
                change.key(), change.effectiveFrom(), change.value(), currentUser.actorId(), now));
      }
      audit.record(
          "setting.changed",
          "setting",
          change.key().name() + "@" + change.effectiveFrom(),
          before == null ? null : Map.of("value", before),
          Map.of("value", change.value()));
    }
    values.flush();
    // Forget the values once this transaction ends (not before: a read meanwhile would keep the
    // old ones for the whole refresh period).
    transactions.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            snapshot = null;
          }
        });
    return current();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
  }
}
