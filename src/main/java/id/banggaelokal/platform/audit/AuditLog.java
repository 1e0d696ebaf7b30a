package id.banggaelokal.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.web.RequestIds;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Appends to the audit log, in the transaction of the change it records: the entry is stored
 * exactly when the change is.
 */
@ApplicationScoped
public class AuditLog {

  /** The actor of changes that no person made (scheduled jobs). */
  public static final String SYSTEM = "system";

  private final TransactionSql sql;
  private final ObjectMapper json;
  private final Instance<CurrentUser> currentUser;
  private final Clock clock;

  AuditLog(TransactionSql sql, ObjectMapper json, Instance<CurrentUser> currentUser, Clock clock) {
    this.sql = sql;
    this.json = json;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Records that the current caller did {@code action} to an entity, with summaries of the entity
   * before and after (any JSON-serialisable value; null where there is none).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String action, String entityType, Object entityId, Object before, Object after) {
    // Plain SQL, not a persisted AuditEntry: every change writes one, and Hibernate's work around
    // an insert cost more than the insert (see TransactionSql). Nothing reads it before the commit.
    sql.beforeCommit(
        """
        insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id,
                               before_state, after_state, request_id)
        values (nextval('audit_log_seq'), ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
        """,
        OffsetDateTime.now(clock),
        actor(),
        action,
        entityType,
        String.valueOf(entityId),
        toJson(before),
        toJson(after),
        RequestIds.current());
  }

  /**
   * The caller; the system when nobody is signed in (scheduled jobs, which may run with a request
   * context but never with an identity: anonymous callers change nothing).
   */
  private String actor() {
    boolean inRequest = Arc.container().requestContext().isActive();
    return inRequest && currentUser.get().isAuthenticated() ? currentUser.get().actorId() : SYSTEM;
  }

  private String toJson(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit summary is not serialisable", e);
    }
  }
}
