package id.banggaelokal.workunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.NaturalId;

/** A work unit (OPD) of the city: the organisation that staff members buy for. */
@Entity
@Table(name = "work_unit")
class WorkUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_unit_seq")
  @SequenceGenerator(name = "work_unit_seq", sequenceName = "work_unit_seq", allocationSize = 50)
  private Long id;

  @NaturalId
  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String address;

  private String email;

  @Column(nullable = false)
  private boolean active;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected WorkUnit() {}

  WorkUnit(String code, String name, String address, String email, OffsetDateTime now) {
    this.code = code;
    this.name = name;
    this.address = address;
    this.email = email;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void rename(String name, String address, String email, OffsetDateTime now) {
    this.name = name;
    this.address = address;
    this.email = email;
    this.updatedAt = now;
  }

  /** Marks the work unit active or not; false when it already was. */
  boolean setActive(boolean active, OffsetDateTime now) {
    if (this.active == active) {
      return false;
    }
    this.active = active;
    this.updatedAt = now;
    return true;
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String address() {
    return address;
  }

  String email() {
    return email;
  }

  boolean active() {
    return active;
  }

  long version() {
    return version;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
