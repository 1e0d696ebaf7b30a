package id.banggaelokal.platform.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain SQL on the connection of the current transaction, for the statements that run on every
 * order placement, where Hibernate's work around a statement (query plans, parameter binding,
 * result mapping, flush checks) cost more of the service's CPU than the statement itself.
 *
 * <p>What runs here bypasses the persistence context in both directions: a statement does not see
 * entity changes that Hibernate has not flushed yet (flush first where it must), and rows it writes
 * are entities only when they are loaded again. Parameters are bound in order; a null is sent
 * untyped, so a statement casts a parameter wherever PostgreSQL cannot infer its type from a
 * column.
 *
 * <p>Statements run on a handle of the transaction's connection taken from the data source, the
 * connection that Hibernate uses in the same transaction (the pool gives a transaction one
 * connection however often it is asked), and closed after each statement: a handle left open when
 * the transaction commits makes the pool log a warning on every commit. A failure is thrown as a
 * {@link SqlFailure} carrying the driver's {@link SQLException}, whose SQL state tells what went
 * wrong.
 */
@ApplicationScoped
public class TransactionSql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** A parameter bound as a PostgreSQL array of {@code type} (e.g. "numeric", "date"). */
  public record Array(String type, Object[] elements) {}

  /** An array parameter: {@code unnest(?)} over it inserts several rows in one statement. */
  public static Array array(String type, Object[] elements) {
    return new Array(type, elements);
  }

  /** A statement that failed in the database or could not get a connection. */
  public static final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** Work on the transaction's connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** The key of a transaction's deferred statements in the synchronization registry. */
  private static final Object DEFERRED = new Object();

  private final DataSource dataSource;
  private final TransactionSynchronizationRegistry transactions;

  TransactionSql(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
    this.dataSource = dataSource;
    this.transactions = transactions;
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int update(String sql, Object... parameters) {
    return onConnection(
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
          }
        });
  }

  /** Runs a query (or a statement with RETURNING) and maps every row. */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    return onConnection(
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters);
              ResultSet rows = statement.executeQuery()) {
            List<T> mapped = new ArrayList<>();
            while (rows.next()) {
              mapped.add(mapper.map(rows));
            }
            return mapped;
          }
        });
  }

  /**
   * Runs an INSERT when the transaction commits, for a row that nothing reads before then (an audit
   * entry, a notification, a stored response): all statements deferred in a transaction go to the
   * database together, in one round trip, after Hibernate's flush and just before the commit, in
   * the order they were deferred. A statement that fails there fails the commit, which rolls the
   * transaction back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void beforeCommit(String sql, Object... parameters) {
    deferred().first.add(new Statement(sql, parameters));
  }

  /**
   * As {@link #beforeCommit}, after every statement deferred with it: for a statement that takes a
   * lock that other transactions wait for, so that it is held as briefly as possible.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lastBeforeCommit(String sql, Object... parameters) {
    deferred().last.add(new Statement(sql, parameters));
  }

  /** The first row of a query, if it returns any. */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> Optional<T> queryFirst(String sql, RowMapper<T> mapper, Object... parameters) {
    List<T> rows = query(sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  private record Statement(String sql, Object[] parameters) {}

  /** A transaction's deferred statements. */
  private final class Deferred implements Synchronization {
    private final List<Statement> first = new ArrayList<>();
    private final List<Statement> last = new ArrayList<>();

    @Override
    public void beforeCompletion() {
      List<Statement> statements = new ArrayList<>(first);
      statements.addAll(last);
      first.clear();
      last.clear();
      if (statements.isEmpty()) {
        return;
      }
      // One text of several statements: the driver sends them in one round trip, each parsed,
      // prepared and cached on the connection as a statement of its own.
      StringBuilder text = new StringBuilder();
      List<Object> parameters = new ArrayList<>();
      for (Statement statement : statements) {
        text.append(statement.sql().strip()).append(";\n");
        parameters.addAll(Arrays.asList(statement.parameters()));
      }
      onConnection(
          connection -> {
            try (PreparedStatement statement =
                prepare(connection, text.toString(), parameters.toArray())) {
              return statement.execute();
            }
          });
    }

    @Override
    public void afterCompletion(int status) {}
  }

  private Deferred deferred() {
    Deferred deferred = (Deferred) transactions.getResource(DEFERRED);
    if (deferred == null) {
      deferred = new Deferred();
      transactions.putResource(DEFERRED, deferred);
      // Interposed synchronizations run after the others, Hibernate's flush among them.
      transactions.registerInterposedSynchronization(deferred);
    }
    return deferred;
  }

  private <T> T onConnection(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          statement.setNull(i + 1, Types.NULL);
        } else if (parameters[i] instanceof Array array) {
          statement.setArray(i + 1, connection.createArrayOf(array.type(), array.elements()));
        } else {
          statement.setObject(i + 1, parameters[i]);
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
