package id.banggaelokal.platform.lock;

import id.banggaelokal.platform.jdbc.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.TreeSet;

/**
 * PostgreSQL advisory locks held until the end of the current transaction: a way to serialise,
 * across every replica of the service, work that no row lock covers (such as checking that a value
 * is not used yet and then using it).
 */
@ApplicationScoped
public class AdvisoryLocks {

  private final TransactionSql sql;

  AdvisoryLocks(TransactionSql sql) {
    this.sql = sql;
  }

  /**
   * Waits for and takes the locks of these keys within a namespace, in a fixed order so that two
   * transactions locking overlapping keys never deadlock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockAll(String namespace, Collection<String> keys) {
    for (String key : new TreeSet<>(keys)) {
      sql.query(
          "select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true, key(namespace, key));
    }
  }

  /**
   * The text whose hash is the lock of {@code key} in {@code namespace}, for statements that take a
   * lock together with other work: {@code pg_advisory_xact_lock(hashtextextended(:key, 0))}.
   */
  public static String key(String namespace, String key) {
    return namespace + ':' + key;
  }

  /** Takes the lock of this key if it is free; false when another transaction holds it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean tryLock(String namespace, String key) {
    return sql.queryFirst(
            "select pg_try_advisory_xact_lock(hashtextextended(?, 0))",
            row -> row.getBoolean(1),
            key(namespace, key))
        .orElse(false);
  }
}
