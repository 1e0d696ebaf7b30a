package id.banggaelokal.transparency;

import id.banggaelokal.order.api.PaymentRecorded;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The running totals behind the public statistics (table {@code spend_statistic}): each payment
 * adds its amount to one row per dimension in the payment's own transaction, so the figures are
 * never behind the payments and a read never scans them.
 */
@ApplicationScoped
public class SpendStatistics {

  /** One running total: a dimension's key in a year. */
  record Total(String dimension, String key, BigDecimal amount, long count) {}

  private final EntityManager entityManager;
  private final SupplierService suppliers;

  SpendStatistics(EntityManager entityManager, SupplierService suppliers) {
    this.entityManager = entityManager;
    this.suppliers = suppliers;
  }

  /**
   * Adds a payment. One statement whose rows are always in the same order, so two payments at once
   * lock the shared rows (the year's total, the month, …) in the same order and never deadlock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void paid(@Observes PaymentRecorded payment) {
    SupplierSnapshot supplier =
        suppliers
            .snapshot(payment.supplierId())
            .orElseThrow(() -> new IllegalStateException("no supplier " + payment.supplierId()));
    int year = payment.paidOn().getYear();
    List<String[]> keys = new ArrayList<>();
    keys.add(new String[] {"total", ""});
    keys.add(new String[] {"month", "%02d".formatted(payment.paidOn().getMonthValue())});
    keys.add(new String[] {"storefront", payment.storefront().name()});
    keys.add(new String[] {"work_unit", payment.workUnitCode()});
    keys.add(new String[] {"district", supplier.district().name()});
    keys.add(new String[] {"scale", supplier.scale().name()});
    keys.add(new String[] {"supplier", Long.toString(payment.supplierId())});
    StringBuilder sql =
        new StringBuilder(
            "insert into spend_statistic (year, dimension, key, amount, count) values ");
    for (int i = 0; i < keys.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(:year, :d").append(i).append(", :k").append(i);
      sql.append(", :amount, 1)");
    }
    sql.append(" on conflict (year, dimension, key) do update set")
        .append(" amount = spend_statistic.amount + excluded.amount,")
        .append(" count = spend_statistic.count + excluded.count");
    var insert =
        entityManager
            .createNativeQuery(sql.toString())
            .setParameter("year", year)
            .setParameter("amount", payment.amount());
    for (int i = 0; i < keys.size(); i++) {
      insert.setParameter("d" + i, keys.get(i)[0]).setParameter("k" + i, keys.get(i)[1]);
    }
    insert.executeUpdate();
    if (payment.settled()) {
      long days = ChronoUnit.DAYS.between(payment.invoicedOn(), payment.paidOn());
      entityManager
          .createNativeQuery(
              "insert into spend_statistic (year, dimension, key, amount, count)"
                  + " values (:year, 'days_to_pay', :days, 0, 1)"
                  + " on conflict (year, dimension, key) do update"
                  + " set count = spend_statistic.count + 1")
          .setParameter("year", year)
          .setParameter("days", Long.toString(days))
          .executeUpdate();
    }
  }

  /** Every running total of a year but the per-supplier ones (a few hundred rows at most). */
  @Transactional
  List<Total> of(int year) {
    @SuppressWarnings("unchecked") // an untyped native query: rows of columns
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select dimension, key, amount, count from spend_statistic"
                    + " where year = :year and dimension <> 'supplier'")
            .setParameter("year", year)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Total(
                    (String) r[0], (String) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue()))
        .toList();
  }

  /** How many suppliers were paid in a year. */
  @Transactional
  long suppliersPaid(int year) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "select count(*) from spend_statistic"
                        + " where year = :year and dimension = 'supplier'")
                .setParameter("year", year)
                .getSingleResult())
        .longValue();
  }
}
