package id.banggaelokal.platform.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

  private final EntityManager entityManager;

  AdvisoryLocks(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Waits for and takes the locks of these keys within a namespace, in a fixed order so that two
   * transactions locking overlapping keys never deadlock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockAll(String namespace, Collection<String> keys) {
    for (String key : new TreeSet<>(keys)) {
      // Selected as a boolean: Hibernate cannot type a void column, and throws and catches an
      // exception on every such query before it gives up. Untyped: see tryLock.
      entityManager
          .createNativeQuery("select true from pg_advisory_xact_lock(hashtextextended(:key, 0))")
          .setParameter("key", key(namespace, key))
          .getSingleResult();
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
    // Untyped, like every native query that runs often: Hibernate 7.2 keys its cached plan of a
    // native query typed with a basic class (Boolean.class) by a result builder without equals, so
    // each call cached another plan under the same hash, and looking one up compared the SQL with
    // thousands of others (14% of the service's CPU under order load).
    Object locked =
        entityManager
            .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
            .setParameter("key", key(namespace, key))
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }
}
