package id.banggaelokal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.platform.time.Clocks;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin and auditor reports. A report is a read model across features (payments, orders,
 * invoices, suppliers, work units), so it is one read-only SQL query rather than calls into each
 * feature's service; its rows are fetched with a cursor (a few thousand at a time) and written as
 * they come, so a year of a million orders never sits in memory.
 */
@ApplicationScoped
public class Reports {

  /** Rows fetched from PostgreSQL per round trip. */
  private static final int FETCH_SIZE = 2_000;

  /** The period and work unit a report covers (inclusive city days; no work unit: all). */
  public record Period(LocalDate from, LocalDate to, String workUnitCode) {}

  /** What a spend report adds up by. */
  public enum SpendBy {
    WORK_UNIT,
    STOREFRONT,
    SUPPLIER
  }

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final Clock clock;

  Reports(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
    this.dataSource = dataSource;
    this.json = json;
    this.clock = clock;
  }

  /** Paid amounts over the period, by work unit, storefront or supplier, largest first. */
  void spend(Period period, SpendBy by, ReportFormat format, OutputStream out) {
    String key =
        switch (by) {
          case WORK_UNIT -> "o.work_unit_code";
          case STOREFRONT -> "o.storefront";
          case SUPPLIER -> "o.supplier_id::text";
        };
    String name =
        switch (by) {
          case WORK_UNIT -> "(select w.name from work_unit w where w.code = o.work_unit_code)";
          case STOREFRONT -> "null::text";
          case SUPPLIER -> "(select s.trading_name from supplier s where s.id = o.supplier_id)";
        };
    String sql =
        """
        select %s as key, min(%s) as name, sum(p.amount) as amount, count(*) as payments,
               count(distinct p.order_id) as orders
        from payment p
        join purchase_order o on o.id = p.order_id
        where p.paid_on between ? and ? and (?::text is null or o.work_unit_code = ?)
        group by 1
        order by amount desc, key
        """
            .formatted(key, name);
    stream(
        "spend",
        period,
        Map.of("by", by.name()),
        format,
        out,
        sql,
        List.of("key", "name", "amount", "payments", "orders"),
        statement -> bindPeriod(statement, period, 1));
  }

  /**
   * Every supplier with its verification status, document expiries, rating, and its orders placed
   * and amounts paid in the period (of the work unit, when one is given).
   */
  void suppliers(Period period, ReportFormat format, OutputStream out) {
    String sql =
        """
        select s.id, s.legal_name, s.trading_name, s.status, s.scale, s.district, s.nib,
               (select max(d.expiry_date) from supplier_document d
                 where d.supplier_id = s.id and d.type = 'NIB') as nib_expiry,
               (select max(d.expiry_date) from supplier_document d
                 where d.supplier_id = s.id and d.type = 'NPWP') as npwp_expiry,
               (select min(d.expiry_date) from supplier_document d
                 where d.supplier_id = s.id) as earliest_expiry,
               (select count(*) from supplier_document d
                 where d.supplier_id = s.id and d.expiry_date < ?) as expired_documents,
               s.rating_average, s.rating_count,
               coalesce(o.orders, 0) as orders, coalesce(o.ordered, 0.00) as ordered,
               coalesce(p.paid, 0.00) as paid
        from supplier s
        left join (
            select supplier_id, count(*) as orders, sum(total) as ordered
            from purchase_order
            where placed_at >= ? and placed_at < ?
              and status not in ('REJECTED', 'DECLINED', 'CANCELLED')
              and (?::text is null or work_unit_code = ?)
            group by supplier_id) o on o.supplier_id = s.id
        left join (
            select po.supplier_id, sum(pay.amount) as paid
            from payment pay
            join purchase_order po on po.id = pay.order_id
            where pay.paid_on between ? and ? and (?::text is null or po.work_unit_code = ?)
            group by po.supplier_id) p on p.supplier_id = s.id
        order by s.id
        """;
    LocalDate today = LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
    stream(
        "suppliers",
        period,
        Map.of(),
        format,
        out,
        sql,
        List.of(
            "supplierId",
            "legalName",
            "tradingName",
            "status",
            "scale",
            "district",
            "nib",
            "nibExpiry",
            "npwpExpiry",
            "earliestExpiry",
            "expiredDocuments",
            "ratingAverage",
            "ratingCount",
            "orders",
            "ordered",
            "paid"),
        statement -> {
          statement.setDate(1, Date.valueOf(today));
          statement.setObject(2, startOf(period.from()));
          statement.setObject(3, startOf(period.to().plusDays(1)));
          statement.setString(4, period.workUnitCode());
          statement.setString(5, period.workUnitCode());
          bindPeriod(statement, period, 6);
        });
  }

  /** Every payment of the period with its invoice's due date, paid date and days late. */
  void payments(Period period, ReportFormat format, OutputStream out) {
    String sql =
        """
        select p.id, p.order_id, o.work_unit_code, o.supplier_id, s.trading_name, i.number,
               i.net_payable, p.amount, p.method, p.reference, i.issued_on, i.due_on, p.paid_on,
               greatest(p.paid_on - i.due_on, 0) as days_late
        from payment p
        join purchase_order o on o.id = p.order_id
        join invoice i on i.order_id = p.order_id
        join supplier s on s.id = o.supplier_id
        where p.paid_on between ? and ? and (?::text is null or o.work_unit_code = ?)
        order by p.paid_on, p.id
        """;
    stream(
        "payments",
        period,
        Map.of(),
        format,
        out,
        sql,
        List.of(
            "paymentId",
            "orderId",
            "workUnitCode",
            "supplierId",
            "supplierTradingName",
            "invoiceNumber",
            "netPayable",
            "amount",
            "method",
            "reference",
            "invoicedOn",
            "dueOn",
            "paidOn",
            "daysLate"),
        statement -> bindPeriod(statement, period, 1));
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static void bindPeriod(PreparedStatement statement, Period period, int first)
      throws SQLException {
    statement.setDate(first, Date.valueOf(period.from()));
    statement.setDate(first + 1, Date.valueOf(period.to()));
    statement.setString(first + 2, period.workUnitCode());
    statement.setString(first + 3, period.workUnitCode());
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime();
  }

  /** Runs a query in a read-only transaction of its own and writes its rows as they arrive. */
  private void stream(
      String report,
      Period period,
      Map<String, Object> extra,
      ReportFormat format,
      OutputStream out,
      String sql,
      List<String> columns,
      Binder binder) {
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("report", report);
    about.put("from", period.from());
    about.put("to", period.to());
    about.put("workUnitCode", period.workUnitCode());
    about.putAll(extra);
    about.put("generatedAt", OffsetDateTime.now(clock));
    about.put("currency", "IDR");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement readOnly = connection.createStatement()) {
        readOnly.execute("set transaction read only");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql);
          ReportWriter writer = ReportWriter.open(format, out, json, about, columns)) {
        statement.setFetchSize(FETCH_SIZE);
        binder.bind(statement);
        try (ResultSet rows = statement.executeQuery()) {
          ResultSetMetaData meta = rows.getMetaData();
          Object[] values = new Object[columns.size()];
          while (rows.next()) {
            for (int i = 0; i < values.length; i++) {
              values[i] = value(rows, i + 1, meta.getColumnType(i + 1));
            }
            writer.row(values);
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("report " + report + " failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(ResultSet rows, int column, int type) throws SQLException {
    Object value =
        switch (type) {
          case java.sql.Types.DATE -> rows.getObject(column, LocalDate.class);
          case java.sql.Types.BIGINT -> rows.getObject(column, Long.class);
          case java.sql.Types.INTEGER -> rows.getObject(column, Integer.class);
          default -> rows.getObject(column);
        };
    return rows.wasNull() ? null : value;
  }
}
