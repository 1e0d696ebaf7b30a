package id.banggaelokal.setting;

import id.banggaelokal.setting.api.SettingKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The value of a setting from a day on. */
@Entity
@Table(name = "setting")
@IdClass(SettingValue.Key.class)
class SettingValue {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SettingKey key;

  @Id
  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(nullable = false, precision = 22, scale = 6)
  private BigDecimal value;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected SettingValue() {}

  SettingValue(
      SettingKey key,
      LocalDate effectiveFrom,
      BigDecimal value,
      String changedBy,
      OffsetDateTime changedAt) {
    this.key = key;
    this.effectiveFrom = effectiveFrom;
    this.value = value;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  void change(BigDecimal value, String changedBy, OffsetDateTime changedAt) {
    this.value = value;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  SettingKey key() {
    return key;
  }

  LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  BigDecimal value() {
    return value;
  }

  String changedBy() {
    return changedBy;
  }

  OffsetDateTime changedAt() {
    return changedAt;
  }

  /** Key and day. */
  static class Key implements Serializable {
    private SettingKey key;
    private LocalDate effectiveFrom;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && k.key == key
          && Objects.equals(k.effectiveFrom, effectiveFrom);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, effectiveFrom);
    }
  }
}
