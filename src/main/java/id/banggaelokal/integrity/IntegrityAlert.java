package id.banggaelokal.integrity;

import id.banggaelokal.integrity.api.AlertStatus;
import id.banggaelokal.integrity.api.IntegrityRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A finding of an integrity rule and the admin's decision about it. Alerts are inserted only by the
 * rules' set-based queries ({@link IntegrityRules}); here they are read and decided.
 */
@Entity
@Table(name = "integrity_alert")
class IntegrityAlert {

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private IntegrityRule rule;

  @Column(nullable = false, updatable = false)
  private String fingerprint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AlertStatus status;

  @Column(name = "detected_at", nullable = false, updatable = false)
  private OffsetDateTime detectedAt;

  @Column(name = "work_unit_code", updatable = false)
  private String workUnitCode;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "supplier_ids", nullable = false, updatable = false)
  private Long[] supplierIds;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String evidence;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected IntegrityAlert() {}

  /** Dismisses or confirms the alert (409 unless it is open). */
  void decide(AlertStatus.Action action, String reason, String by, OffsetDateTime at) {
    this.status = action.applyTo(status);
    this.statusReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  Long id() {
    return id;
  }

  IntegrityRule rule() {
    return rule;
  }

  AlertStatus status() {
    return status;
  }

  OffsetDateTime detectedAt() {
    return detectedAt;
  }

  String workUnitCode() {
    return workUnitCode;
  }

  Long[] supplierIds() {
    return supplierIds;
  }

  String evidence() {
    return evidence;
  }

  String statusReason() {
    return statusReason;
  }

  String decidedBy() {
    return decidedBy;
  }

  OffsetDateTime decidedAt() {
    return decidedAt;
  }

  long version() {
    return version;
  }
}
