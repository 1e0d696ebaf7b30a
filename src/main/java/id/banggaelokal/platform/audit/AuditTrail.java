package id.banggaelokal.platform.audit;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.time.Clocks;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit log: newest first, filtered by entity, actor, action and period, in pages that
 * follow a cursor (the log grows without end; counting it for page numbers would not scale).
 */
@ApplicationScoped
public class AuditTrail {

  /** What to read. Every field is optional. */
  public record Filter(
      String entityType,
      String entityId,
      String actor,
      String action,
      LocalDate from,
      LocalDate to) {}

  private final EntityManager entityManager;

  AuditTrail(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional
  public AuditPage read(Filter filter, String cursor, int limit) {
    StringBuilder where = new StringBuilder("from AuditEntry e where 1 = 1");
    Parameters parameters = new Parameters();
    condition(where, parameters, "e.entityType = :entityType", "entityType", filter.entityType());
    condition(where, parameters, "e.entityId = :entityId", "entityId", filter.entityId());
    condition(where, parameters, "e.actor = :actor", "actor", filter.actor());
    condition(where, parameters, "e.action = :action", "action", filter.action());
    if (filter.from() != null) {
      condition(
          where,
          parameters,
          "e.occurredAt >= :from",
          "from",
          filter.from().atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime());
    }
    if (filter.to() != null) {
      condition(
          where,
          parameters,
          "e.occurredAt < :to",
          "to",
          filter.to().plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime());
    }
    if (cursor != null) {
      condition(where, parameters, "e.id < :cursor", "cursor", parseCursor(cursor));
    }
    TypedQuery<AuditEntry> query =
        entityManager.createQuery(where + " order by e.id desc", AuditEntry.class);
    for (Map.Entry<String, Object> parameter : parameters.map().entrySet()) {
      query.setParameter(parameter.getKey(), parameter.getValue());
    }
    List<AuditEntry> entries = query.setMaxResults(limit + 1).getResultList();
    boolean more = entries.size() > limit;
    List<AuditRecord> items =
        entries.stream()
            .limit(limit)
            .map(
                e ->
                    new AuditRecord(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.requestId()))
            .toList();
    return new AuditPage(items, more ? Long.toString(items.get(items.size() - 1).id()) : null);
  }

  private static void condition(
      StringBuilder where, Parameters parameters, String clause, String name, Object value) {
    if (value != null) {
      where.append(" and ").append(clause);
      parameters.and(name, value);
    }
  }

  private static long parseCursor(String cursor) {
    try {
      long id = Long.parseLong(cursor);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.invalid("cursor", "audit.cursor.invalid");
  }
}
