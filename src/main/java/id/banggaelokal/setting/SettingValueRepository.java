package id.banggaelokal.setting;

import id.banggaelokal.setting.api.SettingKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class SettingValueRepository implements PanacheRepositoryBase<SettingValue, SettingValue.Key> {

  /** Every value of every key, newest first per key. */
  List<SettingValue> history() {
    return listAll(Sort.by("key").and("effectiveFrom", Sort.Direction.Descending));
  }

  /**
   * The version of the settings as a whole: every value stored and every change of one counts, so
   * it grows with each change.
   */
  long version() {
    return ((Number)
            getEntityManager()
                .createNativeQuery("select count(*) + coalesce(sum(version), 0) from setting")
                .getSingleResult())
        .longValue();
  }

  Optional<SettingValue> at(SettingKey key, LocalDate effectiveFrom) {
    return find("key = ?1 and effectiveFrom = ?2", key, effectiveFrom).firstResultOptional();
  }
}
