package id.banggaelokal.supplier;

import id.banggaelokal.platform.jdbc.PerTransaction;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.paging.LikePatterns;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.supplier.api.BusinessScale;
import id.banggaelokal.supplier.api.District;
import id.banggaelokal.supplier.api.IndonesianIds;
import id.banggaelokal.supplier.api.SupplierSnapshot;
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
class SupplierRepository implements PanacheRepository<Supplier> {

  private final TransactionSql sql;
  private final PerTransaction<Long, Optional<SupplierSnapshot>> snapshots;

  SupplierRepository(TransactionSql sql, TransactionSynchronizationRegistry transactions) {
    this.sql = sql;
    this.snapshots = new PerTransaction<>(transactions);
  }

  /**
   * A supplier as other features need it, read at most once per transaction: placing an order reads
   * its supplier, and the order's OCDS release reads it again. Plain SQL (see TransactionSql), as
   * loading the entity cost several times the statement and opened a Hibernate session for it
   * alone. It reads what is stored: this feature flushes every change to a supplier and then
   * announces it, which makes the transaction forget what it read ({@link #forgetSnapshots}).
   */
  Optional<SupplierSnapshot> snapshot(long id) {
    return snapshots.get(id, this::read);
  }

  private Optional<SupplierSnapshot> read(long id) {
    return sql.queryFirst(
        """
              select status, trading_name, district, scale, rating_average, pkp,
                     pp55_certificate, email
                from supplier
               where id = ?
              """,
        row ->
            new SupplierSnapshot(
                id,
                SupplierStatus.valueOf(row.getString(1)),
                row.getString(2),
                District.valueOf(row.getString(3)),
                BusinessScale.valueOf(row.getString(4)),
                row.getBigDecimal(5),
                row.getBoolean(6),
                row.getBoolean(7),
                row.getString(8)),
        id);
  }

  /** Forgets the snapshots read in this transaction, after a change to a supplier. */
  void forgetSnapshots() {
    snapshots.forget();
  }

  Optional<Supplier> findByOwner(String subject) {
    return find("ownerSubject", subject).firstResultOptional();
  }

  /** Whether another profile than {@code exceptId} holds this NIB. */
  boolean nibTaken(String nib, Long exceptId) {
    return count("nib = ?1 and id <> ?2", nib, orNone(exceptId)) > 0;
  }

  /** Whether another profile uses this number as its NPWP or as its owner's NIK. */
  boolean personalOrTaxIdTaken(String number, Long exceptId) {
    return count("(npwp = ?1 or ownerNik = ?1) and id <> ?2", number, orNone(exceptId)) > 0;
  }

  /** The verification queue: by status and by name, NIB or NPWP fragment, oldest first. */
  Page<Supplier> search(SupplierStatus status, String text, PageParams paging) {
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (status != null) {
      conditions.add("status = :status");
      parameters.and("status", status);
    }
    if (text != null && !text.isBlank()) {
      String trimmed = text.trim().toLowerCase(Locale.ROOT);
      String digits =
          IndonesianIds.normaliseNpwp(trimmed)
              .filter(npwp -> trimmed.replaceAll("\\D", "").length() == 15)
              .orElse(trimmed.replaceAll("[\\s.\\-]", ""));
      conditions.add(
          "(lower(legalName) like :text or lower(tradingName) like :text"
              + " or nib like :digits or npwp like :digits)");
      parameters.and("text", LikePatterns.containing(trimmed));
      parameters.and("digits", LikePatterns.startingWith(digits));
    }
    Sort order = Sort.by("submittedAt", Sort.NullPrecedence.NULLS_LAST).and("id");
    PanacheQuery<Supplier> query =
        conditions.isEmpty()
            ? findAll(order)
            : find(String.join(" and ", conditions), order, parameters);
    return Page.of(query, paging);
  }

  private static long orNone(Long id) {
    return id == null ? -1 : id;
  }
}
