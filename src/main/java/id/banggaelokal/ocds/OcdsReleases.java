package id.banggaelokal.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.lock.AdvisoryLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only table of published releases ({@code ocds_release}, V11). A release is stored in
 * the transaction of the event it reports and never changed (the database refuses UPDATE and
 * DELETE).
 */
@ApplicationScoped
class OcdsReleases {

  /** A stored release: its place in the feed and its JSON. */
  record Stored(long seq, OffsetDateTime releasedAt, String json) {}

  private static final String LOCK_NAMESPACE = "ocds";
  private static final String LOCK_KEY = "release";

  /** The key of a transaction's appended releases in the synchronization registry. */
  private static final Object APPENDED = new Object();

  private final EntityManager entityManager;
  private final TransactionSql sql;
  private final ObjectMapper json;
  private final TransactionSynchronizationRegistry transactions;

  OcdsReleases(
      EntityManager entityManager,
      TransactionSql sql,
      ObjectMapper json,
      TransactionSynchronizationRegistry transactions) {
    this.entityManager = entityManager;
    this.sql = sql;
    this.json = json;
    this.transactions = transactions;
  }

  /**
   * Stores a release when its transaction commits, giving it the next sequence number and the id
   * {@code <ocid>-<seq>}. The advisory lock, held until the transaction ends, makes releases commit
   * in sequence order, so a reader following the cursor never passes over a release that commits
   * later with a lower number.
   *
   * <p>The lock is city-wide: every order placement and every step of an order that publishes waits
   * for it, so it is held for as little as possible. The releases of a transaction are written just
   * before it commits, in the order they were appended and after the other statements deferred to
   * its commit ({@link TransactionSql#lastBeforeCommit}), so that nothing else the transaction does
   * runs under the lock: under load the work between an immediate insert and the commit (the rest
   * of the request's statements and the service's code around them) was what every other placement
   * waited for. Lock, number and row are one statement: PostgreSQL evaluates the lock first,
   * because a subquery whose select list calls a volatile function is never merged into the query
   * around it, so {@code nextval} runs on the row that the locking subquery returns.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void append(
      String ocid,
      ObjectNode release,
      List<String> tags,
      Long purchaseRequestId,
      Long orderId,
      OffsetDateTime at) {
    String document = write(release);
    appended().add(new Appended(document, tags, purchaseRequestId));
    sql.lastBeforeCommit(
        """
        insert into ocds_release (seq, release_id, ocid, tags, purchase_request_id, order_id,
                                  released_at, release)
        select numbered.seq, ? || '-' || numbered.seq, ?, string_to_array(?, ','),
               cast(? as bigint), cast(? as bigint), ?,
               jsonb_set(cast(? as jsonb), array['id'], to_jsonb(? || '-' || numbered.seq))
          from (select nextval('ocds_release_seq') as seq
                  from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked
               ) numbered
        """,
        ocid,
        ocid,
        String.join(",", tags),
        purchaseRequestId,
        orderId,
        at,
        document,
        ocid,
        AdvisoryLocks.key(LOCK_NAMESPACE, LOCK_KEY));
  }

  /** A release appended in this transaction, not written until it commits. */
  private record Appended(String json, List<String> tags, Long purchaseRequestId) {}

  /**
   * This transaction's releases, as {@link #firstOfRequest} looks for them before they are written.
   */
  @SuppressWarnings("unchecked") // the registry keeps resources untyped; only this class puts one
  private List<Appended> appended() {
    List<Appended> appended = (List<Appended>) transactions.getResource(APPENDED);
    if (appended == null) {
      appended = new ArrayList<>();
      transactions.putResource(APPENDED, appended);
    }
    return appended;
  }

  /** Up to {@code limit} releases after the cursor {@code since}, in sequence order. */
  @Transactional
  List<Stored> after(long since, int limit) {
    @SuppressWarnings("unchecked") // an untyped native query: rows of columns
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select seq, released_at, release::text from ocds_release"
                    + " where seq > :since order by seq limit :limit")
            .setParameter("since", since)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(r -> new Stored(((Number) r[0]).longValue(), toOffsetDateTime(r[1]), (String) r[2]))
        .toList();
  }

  /** The sequence number of the last release published (0 before the first). */
  @Transactional
  long lastSeq() {
    return ((Number)
            entityManager
                .createNativeQuery("select coalesce(max(seq), 0) from ocds_release")
                .getSingleResult())
        .longValue();
  }

  /**
   * The first release with this tag for a purchase request (its tender), if any: stored, or else
   * appended earlier in this transaction and not written yet (then without its final id).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Optional<String> firstOfRequest(long purchaseRequestId, String tag) {
    List<?> found =
        entityManager
            .createNativeQuery(
                "select release::text from ocds_release where purchase_request_id = :pr"
                    + " and :tag = any(tags) order by seq limit 1")
            .setParameter("pr", purchaseRequestId)
            .setParameter("tag", tag)
            .getResultList();
    if (!found.isEmpty()) {
      return Optional.of((String) found.get(0));
    }
    return appended().stream()
        .filter(r -> Long.valueOf(purchaseRequestId).equals(r.purchaseRequestId()))
        .filter(r -> r.tags().contains(tag))
        .map(Appended::json)
        .findFirst();
  }

  private String write(ObjectNode release) {
    try {
      return json.writeValueAsString(release);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OffsetDateTime toOffsetDateTime(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
  }
}
