package id.banggaelokal.workunit;

import id.banggaelokal.platform.jdbc.PerTransaction;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.paging.LikePatterns;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class WorkUnitRepository implements PanacheRepository<WorkUnit> {

  /** What is asked of a work unit most often: whether it may act, and its name. */
  private record Summary(boolean active, String name) {}

  private final TransactionSql sql;
  private final PerTransaction<String, Optional<Summary>> summaries;

  WorkUnitRepository(TransactionSql sql, TransactionSynchronizationRegistry transactions) {
    this.sql = sql;
    this.summaries = new PerTransaction<>(transactions);
  }

  /** Whether a work unit with this code exists and is active. */
  boolean isActive(String code) {
    return summary(code).map(Summary::active).orElse(false);
  }

  /** The name of the work unit with this code, if it exists. */
  Optional<String> nameOf(String code) {
    return summary(code).map(Summary::name);
  }

  /**
   * A work unit's summary, read at most once per transaction: every staff request asks whether the
   * caller's work unit is active, and an order placement then asks its name for the OCDS release.
   * Plain SQL (see TransactionSql), as loading the entity by its natural id cost several times the
   * statement. Changes to work units are flushed as they are made and make the transaction forget
   * what it read ({@link #forgetSummaries}), so none is missed here.
   */
  private Optional<Summary> summary(String code) {
    return summaries.get(
        code,
        c ->
            sql.queryFirst(
                "select active, name from work_unit where code = ?",
                row -> new Summary(row.getBoolean(1), row.getString(2)),
                c));
  }

  /** Forgets the summaries read in this transaction, after a change to a work unit. */
  void forgetSummaries() {
    summaries.forget();
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
