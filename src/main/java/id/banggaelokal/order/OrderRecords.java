package id.banggaelokal.order;

import id.banggaelokal.platform.jdbc.TransactionSql;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** The repositories of an order's documents: deliveries, invoice, payments, rating, timeline. */
final class OrderRecords {

  private OrderRecords() {}

  @ApplicationScoped
  static class Deliveries implements PanacheRepository<Delivery> {
    List<Delivery> of(long orderId) {
      return list("orderId", Sort.by("id"), orderId);
    }

    boolean anyPending(long orderId) {
      return count("orderId = ?1 and status = ?2", orderId, Delivery.Status.PENDING) > 0;
    }
  }

  @ApplicationScoped
  static class Invoices implements PanacheRepositoryBase<Invoice, Long> {}

  @ApplicationScoped
  static class Payments implements PanacheRepository<Payment> {
    List<Payment> of(long orderId) {
      return list("orderId", Sort.by("id"), orderId);
    }
  }

  @ApplicationScoped
  static class Ratings implements PanacheRepositoryBase<Rating, Long> {
    /** The mean score of a supplier's rated orders, and how many there are. */
    Object[] summary(long supplierId) {
      return getEntityManager()
          .createQuery(
              "select avg(r.score), count(r) from Rating r where r.supplierId = :supplier",
              Object[].class)
          .setParameter("supplier", supplierId)
          .getSingleResult();
    }
  }

  @ApplicationScoped
  static class Events implements PanacheRepository<OrderEvent> {
    private final TransactionSql sql;

    Events(TransactionSql sql) {
      this.sql = sql;
    }

    List<OrderEvent> of(long orderId) {
      return list("orderId", Sort.by("id"), orderId);
    }

    /**
     * Appends a timeline entry and returns its id. Plain SQL, as every step of every order appends
     * one (see TransactionSql); the entries are read as OrderEvents.
     */
    long append(
        long orderId,
        String actor,
        String role,
        String action,
        OrderStatus status,
        String note,
        OffsetDateTime at) {
      return sql.queryFirst(
              """
              insert into order_event (id, order_id, occurred_at, actor, role, action, status, note)
              values (nextval('order_event_seq'), ?, ?, ?, ?, ?, ?, ?)
              returning id
              """,
              row -> row.getLong(1),
              orderId,
              at,
              actor,
              role,
              action,
              status.name(),
              note)
          .orElseThrow();
    }
  }
}
