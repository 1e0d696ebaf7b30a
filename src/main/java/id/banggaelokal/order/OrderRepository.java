package id.banggaelokal.order;

import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class OrderRepository implements PanacheRepository<Order> {

  private final TransactionSql sql;

  OrderRepository(TransactionSql sql) {
    this.sql = sql;
  }

  /**
   * Stores a newly placed order with its lines and the first entry of its timeline (written as
   * {@link OrderRecords.Events#append} writes one) in one statement, gives the order its id and
   * returns the entry's. Plain SQL, not a persisted entity: placing orders is the write that runs
   * most, and Hibernate's work around its inserts cost more than they did (see TransactionSql). The
   * order is not managed by this transaction's persistence context afterwards; later changes load
   * it again.
   */
  long insertPlaced(Order order, String actor, String role, String action, String note) {
    List<OrderLine> lines = order.lines();
    int count = lines.size();
    // Typed arrays, bound as PostgreSQL arrays of the columns' types; decimals and dates in their
    // text forms, which PostgreSQL reads exactly.
    Integer[] lineNos = new Integer[count];
    Long[] listingIds = new Long[count];
    String[] descriptions = new String[count];
    Integer[] quantities = new Integer[count];
    String[] units = new String[count];
    String[] unitPrices = new String[count];
    String[] amounts = new String[count];
    String[] rentalFroms = new String[count];
    String[] rentalTos = new String[count];
    Integer[] periods = new Integer[count];
    for (int i = 0; i < count; i++) {
      OrderLine line = lines.get(i);
      lineNos[i] = line.lineNo();
      listingIds[i] = line.listingId();
      descriptions[i] = line.description();
      quantities[i] = line.quantity();
      units[i] = line.unit().name();
      unitPrices[i] = line.unitPrice().toPlainString();
      amounts[i] = line.amount().toPlainString();
      rentalFroms[i] = line.rentalFrom() == null ? null : line.rentalFrom().toString();
      rentalTos[i] = line.rentalTo() == null ? null : line.rentalTo().toString();
      periods[i] = line.periods();
    }
    long[] ids =
        sql.queryFirst(
                """
                with placed as (
                  insert into purchase_order (
                    id, source, status, work_unit_code, supplier_id, storefront,
                    purchase_request_id, quotation_id, delivery_place, delivery_date, total,
                    placed_by, placed_at, updated_at, version, approval_required, respond_by,
                    buyer_cancel_request, supplier_cancel_request, amount_paid, note)
                  values (nextval('order_seq'), ?, ?, ?, ?, ?, cast(? as bigint),
                          cast(? as bigint), ?, ?, ?, ?, ?, ?, 0, ?, ?, false, false, 0, ?)
                  returning id),
                placed_lines as (
                  insert into purchase_order_line (
                    order_id, line_no, listing_id, description, quantity, unit, unit_price, amount,
                    rental_from, rental_to, periods, delivered_quantity, accepted_quantity)
                  select placed.id, line.*, 0, 0
                    from placed, unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) as line),
                placed_event as (
                  insert into order_event (id, order_id, occurred_at, actor, role, action, status,
                                           note)
                  select nextval('order_event_seq'), placed.id, ?, ?, ?, ?, ?, ?
                    from placed
                  returning id)
                select placed.id, placed_event.id from placed, placed_event
                """,
                row -> new long[] {row.getLong(1), row.getLong(2)},
                order.source().name(),
                order.status().name(),
                order.workUnitCode(),
                order.supplierId(),
                order.storefront().name(),
                order.purchaseRequestId(),
                order.quotationId(),
                order.deliveryPlace(),
                order.deliveryDate(),
                order.total(),
                order.placedBy(),
                order.placedAt(),
                order.updatedAt(),
                order.approvalRequired(),
                order.respondBy(),
                order.note(),
                TransactionSql.array("int4", lineNos),
                TransactionSql.array("int8", listingIds),
                TransactionSql.array("text", descriptions),
                TransactionSql.array("int4", quantities),
                TransactionSql.array("text", units),
                TransactionSql.array("numeric", unitPrices),
                TransactionSql.array("numeric", amounts),
                TransactionSql.array("date", rentalFroms),
                TransactionSql.array("date", rentalTos),
                TransactionSql.array("int4", periods),
                order.placedAt(),
                actor,
                role,
                action,
                order.status().name(),
                note)
            .orElseThrow();
    order.stored(ids[0]);
    return ids[1];
  }

  Optional<Order> findForUpdate(long id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** An order with its lines, in one query: every read of an order shows them. */
  Optional<Order> findWithLines(long id) {
    return find("from Order o left join fetch o.lines where o.id = ?1", id).singleResultOptional();
  }

  /** Which orders a list shows: whose, and the caller's filters. */
  record Filter(
      String workUnitCode,
      Long supplierId,
      OrderStatus status,
      OffsetDateTime placedFrom,
      OffsetDateTime placedBefore,
      boolean overdueOnly,
      LocalDate today) {}

  Page<Order> list(Filter filter, PageParams paging) {
    StringBuilder where = new StringBuilder("from Order o where 1 = 1");
    Parameters parameters = new Parameters();
    if (filter.workUnitCode() != null) {
      where.append(" and o.workUnitCode = :workUnit");
      parameters.and("workUnit", filter.workUnitCode());
    }
    if (filter.supplierId() != null) {
      where.append(" and o.supplierId = :supplier");
      parameters.and("supplier", filter.supplierId());
    }
    if (filter.status() != null) {
      where.append(" and o.status = :status");
      parameters.and("status", filter.status());
    }
    if (filter.placedFrom() != null) {
      where.append(" and o.placedAt >= :from");
      parameters.and("from", filter.placedFrom());
    }
    if (filter.placedBefore() != null) {
      where.append(" and o.placedAt < :before");
      parameters.and("before", filter.placedBefore());
    }
    if (filter.overdueOnly()) {
      where.append(
          " and o.status = :invoiced and exists (select 1 from Invoice i"
              + " where i.orderId = o.id and i.dueOn < :today)");
      parameters.and("invoiced", OrderStatus.INVOICED).and("today", filter.today());
    }
    Sort newestFirst =
        Sort.by("placedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
    return Page.of(find(where.toString(), newestFirst, parameters), paging);
  }

  /**
   * Locks up to {@code limit} orders still waiting for approval or confirmation past their time,
   * skipping those another transaction holds.
   */
  List<Order> lockUnanswered(OffsetDateTime now, int limit) {
    return lockedOrders(
        getEntityManager()
            .createNativeQuery(
                """
                select id from purchase_order
                 where status in ('PLACED', 'APPROVED') and respond_by <= :now
                 order by respond_by, id
                 limit :limit
                   for update skip locked
                """)
            .setParameter("now", now)
            .setParameter("limit", limit));
  }

  /**
   * Locks up to {@code limit} invoiced orders whose invoice was due before {@code today} and whose
   * parties were not told yet, skipping any another transaction holds.
   */
  List<Order> lockOverdueUnnoticed(LocalDate today, int limit) {
    return lockedOrders(
        getEntityManager()
            .createNativeQuery(
                """
                select o.id from purchase_order o join invoice i on i.order_id = o.id
                 where o.status = 'INVOICED'
                   and i.due_on < :today and i.overdue_noticed_at is null
                 order by o.id
                 limit :limit
                   for update of i, o skip locked
                """)
            .setParameter("today", today)
            .setParameter("limit", limit));
  }

  /** The orders whose ids a locking query selects, in id order. */
  private List<Order> lockedOrders(Query ids) {
    List<Long> locked = ids.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    return locked.isEmpty() ? List.of() : list("id in ?1", Sort.by("id"), locked);
  }
}
