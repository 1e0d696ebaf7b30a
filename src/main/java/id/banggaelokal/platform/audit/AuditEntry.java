package id.banggaelokal.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit log. The database refuses to change or delete it. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
  @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "entity_type", nullable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false)
  private String entityId;

  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "before_state", columnDefinition = "jsonb")
  private String before;

  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "after_state", columnDefinition = "jsonb")
  private String after;

  @Column(name = "request_id")
  private String requestId;

  /** Entries are written by {@link AuditLog} in plain SQL and only read as entities. */
  protected AuditEntry() {}

  public Long id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String requestId() {
    return requestId;
  }
}
