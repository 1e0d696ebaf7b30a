package id.banggaelokal.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * The integrity rules, each one set-based {@code INSERT … SELECT … ON CONFLICT DO NOTHING} over the
 * window it needs: the database does the work over a window of a million-a-year orders, nothing is
 * loaded into memory, and a finding that an earlier (or a concurrent) scan already raised is not
 * raised again (the unique {@code (rule, fingerprint)}).
 *
 * <p><b>Why native SQL over other features' tables.</b> The rules join orders, their lines,
 * listings, the price history and suppliers, window by window. Reading them through the services of
 * the order, catalogue and supplier features would mean either loading every order of the window
 * into memory or adding a rule-shaped query to each of those services. These statements are
 * read-only on those tables (they write only {@code integrity_alert}), live in this one class, and
 * read these columns only: {@code purchase_order} (id, work_unit_code, supplier_id, status, total,
 * placed_at, approval_required), {@code purchase_order_line} (order_id, listing_id, unit_price,
 * amount), {@code listing} (id, published_at), {@code listing_price} and {@code supplier} (id,
 * owner_nik, bank_name, bank_account_number). A change to one of those columns must look here;
 * {@code IntegrityAlertTest} fails when a rule stops firing.
 */
@ApplicationScoped
class IntegrityRules {

  /** Orders that never became a purchase do not count as spend. */
  private static final String VOID = "('REJECTED', 'DECLINED', 'CANCELLED')";

  private static final String INSERT =
      "insert into integrity_alert (id, rule, fingerprint, status, detected_at, work_unit_code,"
          + " supplier_ids, evidence) ";

  private static final String ON_CONFLICT = " on conflict (rule, fingerprint) do nothing";

  private final EntityManager entityManager;

  IntegrityRules(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Rule 1: a work unit whose spend over {@code period} (orders placed, not void) reaches {@code
   * minimumSpend} and more than {@code percent} of which went to one supplier. Raised once per pair
   * and period (periods are counted from 1970-01-01 in whole periods, so a rolling scan does not
   * raise the same pair every hour).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  int buyerSupplierConcentration(
      OffsetDateTime now, Duration period, BigDecimal percent, BigDecimal minimumSpend) {
    long periodNumber = now.toEpochSecond() / Math.max(1, period.toSeconds());
    String sql =
        "with spend as ("
            + "  select o.work_unit_code, o.supplier_id, sum(o.total) as amount,"
            + "         count(*) as orders"
            + "  from purchase_order o"
            + "  where o.placed_at > :since and o.placed_at <= :now and o.status not in "
            + VOID
            + "  group by o.work_unit_code, o.supplier_id),"
            + " unit as ("
            + "  select work_unit_code, sum(amount) as amount from spend group by work_unit_code"
            + "  having sum(amount) >= :minimumSpend and sum(amount) > 0) "
            + INSERT
            + "select nextval('integrity_alert_seq'), 'BUYER_SUPPLIER_CONCENTRATION',"
            + "  'unit:' || s.work_unit_code || ':supplier:' || s.supplier_id || ':period:'"
            + "    || cast(:periodNumber as bigint),"
            + "  'OPEN', :now, s.work_unit_code, array[s.supplier_id],"
            + "  jsonb_build_object('workUnitCode', s.work_unit_code, 'supplierId', s.supplier_id,"
            + "    'pairSpend', s.amount, 'workUnitSpend', u.amount, 'orders', s.orders,"
            + "    'sharePercent', round(s.amount * 100 / u.amount, 2),"
            + "    'thresholdPercent', cast(:percent as numeric),"
            + "    'periodFrom', cast(:since as timestamptz), 'periodTo', cast(:now as timestamptz))"
            + " from spend s join unit u on u.work_unit_code = s.work_unit_code"
            + " where s.amount * 100 > cast(:percent as numeric) * u.amount"
            + ON_CONFLICT;
    return run(
        sql,
        q ->
            q.setParameter("since", now.minus(period))
                .setParameter("now", now)
                .setParameter("minimumSpend", minimumSpend)
                .setParameter("percent", percent)
                .setParameter("periodNumber", periodNumber));
  }

  /**
   * Rule 2: an order placed in {@code [since, now]} of a listing within {@code within} of the
   * listing's first publication (a listing's {@code published_at} is set by its first publication
   * and kept). One alert per order and listing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  int freshListingOrdered(OffsetDateTime since, OffsetDateTime now, Duration within) {
    String sql =
        INSERT
            + "select nextval('integrity_alert_seq'), 'FRESH_LISTING_ORDERED',"
            + "  'order:' || o.id || ':listing:' || l.id, 'OPEN', :now, o.work_unit_code,"
            + "  array[o.supplier_id],"
            + "  jsonb_build_object('orderId', o.id, 'listingId', l.id,"
            + "    'supplierId', o.supplier_id, 'workUnitCode', o.work_unit_code,"
            + "    'publishedAt', l.published_at, 'placedAt', o.placed_at,"
            + "    'hoursAfterPublication',"
            + "      round(cast(extract(epoch from o.placed_at - l.published_at) / 3600 as numeric), 1),"
            + "    'amount', line.amount)"
            + " from purchase_order o"
            + " join purchase_order_line line on line.order_id = o.id"
            + " join listing l on l.id = line.listing_id"
            + " where o.placed_at >= :since and o.placed_at <= :now"
            + "   and l.published_at is not null and o.placed_at >= l.published_at"
            + "   and o.placed_at < l.published_at"
            + "       + make_interval(secs => cast(:withinSeconds as double precision))"
            + ON_CONFLICT;
    return run(sql, lookback(since, now, within));
  }

  /**
   * Rule 3: an order placed in {@code [since, now]} of a listing whose price was raised (a
   * price-history entry above the one before it) within {@code within} before the order. One alert
   * per order and listing, with the latest such raise as evidence.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  int priceRaisedBeforeOrder(OffsetDateTime since, OffsetDateTime now, Duration within) {
    String sql =
        INSERT
            + "select distinct on (o.id, line.listing_id) nextval('integrity_alert_seq'),"
            + "  'PRICE_RAISED_BEFORE_ORDER',"
            + "  'order:' || o.id || ':listing:' || line.listing_id, 'OPEN', :now,"
            + "  o.work_unit_code, array[o.supplier_id],"
            + "  jsonb_build_object('orderId', o.id, 'listingId', line.listing_id,"
            + "    'supplierId', o.supplier_id, 'workUnitCode', o.work_unit_code,"
            + "    'previousPrice', r.previous, 'raisedPrice', r.price, 'raisedAt', r.changed_at,"
            + "    'placedAt', o.placed_at, 'unitPrice', line.unit_price, 'quantity', line.quantity,"
            + "    'increasePercent', round((r.price - r.previous) * 100 / nullif(r.previous, 0), 2))"
            + " from purchase_order o"
            + " join purchase_order_line line on line.order_id = o.id and line.listing_id is not null"
            + " join lateral ("
            + "   select p.id, p.price, p.changed_at,"
            + "     (select q.price from listing_price q"
            + "       where q.listing_id = p.listing_id"
            + "         and (q.changed_at < p.changed_at or (q.changed_at = p.changed_at and q.id < p.id))"
            + "       order by q.changed_at desc, q.id desc limit 1) as previous"
            + "   from listing_price p"
            + "   where p.listing_id = line.listing_id"
            + "     and p.changed_at <= o.placed_at"
            + "     and p.changed_at > o.placed_at"
            + "         - make_interval(secs => cast(:withinSeconds as double precision))"
            + " ) r on r.previous is not null and r.price > r.previous"
            + " where o.placed_at >= :since and o.placed_at <= :now"
            + " order by o.id, line.listing_id, r.changed_at desc, r.id desc"
            + ON_CONFLICT;
    return run(sql, lookback(since, now, within));
  }

  /**
   * Rule 4a: one bank account (the same bank, by name without case or spaces, and the same account
   * number, by its digits) named by several suppliers, whatever their status. One alert per account
   * and set of suppliers: a further supplier on the same account is a new finding.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  int sharedBankAccount(OffsetDateTime now) {
    String sql =
        "with account as ("
            + "  select lower(regexp_replace(s.bank_name, '\\s', '', 'g')) as bank,"
            + "    regexp_replace(s.bank_account_number, '[^0-9]', '', 'g') as number,"
            + "    min(s.bank_name) as bank_name, array_agg(s.id order by s.id) as ids"
            + "  from supplier s"
            + "  group by 1, 2"
            + "  having count(*) > 1) "
            + INSERT
            + "select nextval('integrity_alert_seq'), 'SHARED_BANK_ACCOUNT',"
            + "  'account:' || md5(a.bank || ':' || a.number) || ':suppliers:'"
            + "    || md5(array_to_string(a.ids, ',')),"
            + "  'OPEN', :now, null, a.ids,"
            + "  jsonb_build_object('bankName', a.bank_name, 'accountNumber', a.number,"
            + "    'supplierIds', to_jsonb(a.ids))"
            + " from account a"
            + ON_CONFLICT;
    return run(sql, q -> q.setParameter("now", now));
  }

  /**
   * Rule 4b: one owner NIK behind several suppliers. Registration refuses a second profile with the
   * same NIK (a unique index), so this finds nothing today; it stays so that the finding appears
   * should that refusal ever be relaxed (profiles of the same owner per business form, say).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  int sharedOwnerNik(OffsetDateTime now) {
    String sql =
        "with owner as ("
            + "  select s.owner_nik as nik, array_agg(s.id order by s.id) as ids"
            + "  from supplier s group by s.owner_nik having count(*) > 1) "
            + INSERT
            + "select nextval('integrity_alert_seq'), 'SHARED_OWNER_NIK',"
            + "  'nik:' || md5(o.nik) || ':suppliers:' || md5(array_to_string(o.ids, ',')),"
            + "  'OPEN', :now, null, o.ids,"
            + "  jsonb_build_object('ownerNik', o.nik, 'supplierIds', to_jsonb(o.ids))"
            + " from owner o"
            + ON_CONFLICT;
    return run(sql, q -> q.setParameter("now", now));
  }

  /**
   * Rule 5: orders of one work unit to one supplier, each below the approval threshold (none needed
   * approval), several within {@code window} of the first of them and together above the threshold.
   * Each order opens a window; of a chain of overlapping windows that all exceed the threshold only
   * the first is raised (its first order is the fingerprint), so that one run of split orders is
   * one alert. Orders placed from {@code since − window} are read, so that a window ending after
   * {@code since} is seen whole.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  int splitOrders(
      OffsetDateTime since, OffsetDateTime now, Duration window, BigDecimal approvalThreshold) {
    String sql =
        "with candidate as ("
            + "  select o.id, o.work_unit_code, o.supplier_id, o.placed_at, o.total"
            + "  from purchase_order o"
            + "  where o.placed_at > :readFrom and o.placed_at <= :now"
            + "    and o.status not in "
            + VOID
            + "    and not o.approval_required and o.total <= :threshold),"
            + " windowed as ("
            + "  select c.*, sum(c.total) over w as window_total, count(*) over w as window_orders,"
            + "    array_agg(c.id) over w as window_ids, array_agg(c.total) over w as window_totals,"
            + "    max(c.placed_at) over w as window_last"
            + "  from candidate c"
            + "  window w as (partition by c.work_unit_code, c.supplier_id order by c.placed_at"
            + "    range between current row and"
            + "      make_interval(secs => cast(:windowSeconds as double precision)) following)),"
            + " flagged as ("
            + "  select *, (window_orders >= 2 and window_total > :threshold) as hit from windowed),"
            + " chained as ("
            + "  select *, lag(hit) over p as previous_hit, lag(placed_at) over p as previous_at"
            + "  from flagged"
            + "  window p as (partition by work_unit_code, supplier_id order by placed_at, id)) "
            + INSERT
            + "select nextval('integrity_alert_seq'), 'SPLIT_ORDERS',"
            + "  'unit:' || c.work_unit_code || ':supplier:' || c.supplier_id || ':first-order:' || c.id,"
            + "  'OPEN', :now, c.work_unit_code, array[c.supplier_id],"
            + "  jsonb_build_object('workUnitCode', c.work_unit_code, 'supplierId', c.supplier_id,"
            + "    'orderIds', to_jsonb(c.window_ids), 'orderTotals', to_jsonb(c.window_totals),"
            + "    'total', c.window_total, 'approvalThreshold', cast(:threshold as numeric),"
            + "    'firstPlacedAt', c.placed_at, 'lastPlacedAt', c.window_last)"
            + " from chained c"
            + " where c.hit and c.window_last >= :since"
            + "   and not (coalesce(c.previous_hit, false) and c.previous_at >= c.placed_at"
            + "       - make_interval(secs => cast(:windowSeconds as double precision)))"
            + ON_CONFLICT;
    return run(
        sql,
        q ->
            q.setParameter("readFrom", since.minus(window))
                .setParameter("since", since)
                .setParameter("now", now)
                .setParameter("threshold", approvalThreshold)
                .setParameter("windowSeconds", (double) window.toSeconds()));
  }

  /**
   * Binds the rules that look at orders placed in {@code [since, now]} and {@code within} before.
   */
  private static Consumer<Query> lookback(
      OffsetDateTime since, OffsetDateTime now, Duration within) {
    return q ->
        q.setParameter("since", since)
            .setParameter("now", now)
            .setParameter("withinSeconds", (double) within.toSeconds());
  }

  private int run(String sql, Consumer<Query> parameters) {
    Query query = entityManager.createNativeQuery(sql);
    parameters.accept(query);
    return query.executeUpdate();
  }
}
