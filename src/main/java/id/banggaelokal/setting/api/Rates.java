package id.banggaelokal.setting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The value of every setting on one day. */
public record Rates(LocalDate on, Map<SettingKey, BigDecimal> values) {

  public BigDecimal get(SettingKey key) {
    BigDecimal value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("no value of " + key + " on " + on);
    }
    return value;
  }

  public int days(SettingKey key) {
    return get(key).intValueExact();
  }
}
