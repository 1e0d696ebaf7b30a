package id.banggaelokal.workunit;

import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.paging.LikePatterns;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class WorkUnitRepository implements PanacheRepository<WorkUnit> {

  private final TransactionSql sql;

  WorkUnitRepository(TransactionSql sql) {
    this.sql = sql;
  }

  /**
   * Whether a work unit with this code exists and is active. Plain SQL (see TransactionSql): every
   * staff request asks, and loading the entity by its natural id cost several times the statement.
   * Changes to work units are flushed as they are made, so none is missed here.
   */
  boolean isActive(String code) {
    return sql.queryFirst(
            "select active from work_unit where code = ?", row -> row.getBoolean(1), code)
        .orElse(false);
  }

  /** The name of the work unit with this code, read as isActive reads. */
  Optional<String> nameOf(String code) {
    return sql.queryFirst(
        "select name from work_unit where code = ?", row -> row.getString(1), code);
  }

  /** By code, the natural id: once loaded in a transaction, asking again runs no more SQL. */
  Optional<WorkUnit> findByCode(String code) {
    return getSession().bySimpleNaturalId(WorkUnit.class).loadOptional(code);
  }

  boolean existsByCode(String code) {
    return count("code", code) > 0;
  }

  /** Work units by name or code fragment and active flag, ordered by code. */
  Page<WorkUnit> search(String text, Boolean active, PageParams paging) {
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (text != null && !text.isBlank()) {
      conditions.add("(lower(name) like :text or lower(code) like :text)");
      parameters.and("text", LikePatterns.containing(text.trim().toLowerCase(Locale.ROOT)));
    }
    if (active != null) {
      conditions.add("active = :active");
      parameters.and("active", active);
    }
    String where = conditions.isEmpty() ? "" : String.join(" and ", conditions);
    PanacheQuery<WorkUnit> query =
        where.isEmpty() ? findAll(Sort.by("code")) : find(where, Sort.by("code"), parameters);
    return Page.of(query, paging);
  }
}
