package id.banggaelokal.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.lock.AdvisoryLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
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

  private final EntityManager entityManager;
  private final TransactionSql sql;
  private final ObjectMapper json;

  OcdsReleases(EntityManager entityManager, TransactionSql sql, ObjectMapper json) {
    this.entityManager = entityManager;
    this.sql = sql;
    this.json = json;
  }

  /**
   * Stores a release, giving it the next sequence number and the id {@code <ocid>-<seq>}. The
   * advisory lock, held until the transaction ends, makes releases commit in sequence order, so a
   * reader following the cursor never passes over a release that commits later with a lower number.
   *
   * <p>Lock, number and row are one statement, so that the city-wide lock is held for one round
   * trip and the commit. PostgreSQL evaluates the lock first: a subquery whose select list calls a
   * volatile function is never merged into the query around it, so {@code nextval} runs on the row
   * that the locking subquery returns.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  String append(
      String ocid,
      ObjectNode release,
      List<String> tags,
      Long purchaseRequestId,
      Long orderId,
      OffsetDateTime at) {
    // What Hibernate still holds for this transaction is written first, so that the city-wide lock
    // is not held while it is.
    entityManager.flush();
    return sql.queryFirst(
            """
            insert into ocds_release (seq, release_id, ocid, tags, purchase_request_id, order_id,
                                      released_at, release)
            select numbered.seq, ? || '-' || numbered.seq, ?, string_to_array(?, ','),
                   cast(? as bigint), cast(? as bigint), ?,
                   jsonb_set(cast(? as jsonb), array['id'], to_jsonb(? || '-' || numbered.seq))
              from (select nextval('ocds_release_seq') as seq
                      from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked
                   ) numbered
            returning release_id
            """,
            row -> row.getString(1),
            ocid,
            ocid,
            String.join(",", tags),
            purchaseRequestId,
            orderId,
            at,
            write(release),
            ocid,
            AdvisoryLocks.key(LOCK_NAMESPACE, LOCK_KEY))
        .orElseThrow();
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

  /** The first release stored with this tag for a purchase request (its tender), if any. */
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
    return found.stream().map(String.class::cast).findFirst();
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
