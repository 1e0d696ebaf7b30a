package id.banggaelokal.supplier;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.supplier.api.BusinessForm;
import id.banggaelokal.supplier.api.BusinessScale;
import id.banggaelokal.supplier.api.District;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A supplier's business profile and its verification state. Its verbs are the lifecycle of {@link
 * SupplierStatus}; each checks the transition table.
 */
@Entity
@Table(name = "supplier")
class Supplier {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
  @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
  private Long id;

  @Column(name = "owner_subject", nullable = false, updatable = false)
  private String ownerSubject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupplierStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  /** Whether data or documents changed since the last submission (a rejection needs changes). */
  @Column(name = "changed_since_review", nullable = false)
  private boolean changedSinceReview;

  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @Column(name = "trading_name", nullable = false)
  private String tradingName;

  @Enumerated(EnumType.STRING)
  @Column(name = "business_form", nullable = false)
  private BusinessForm businessForm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BusinessScale scale;

  @Column(nullable = false, columnDefinition = "bpchar(13)")
  private String nib;

  @Column(nullable = false, columnDefinition = "bpchar(16)")
  private String npwp;

  @Column(columnDefinition = "bpchar(22)")
  private String nitku;

  @Column(name = "owner_name", nullable = false)
  private String ownerName;

  @Column(name = "owner_nik", nullable = false, columnDefinition = "bpchar(16)")
  private String ownerNik;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "kbli_codes", nullable = false)
  private String[] kbliCodes;

  @Column(nullable = false)
  private boolean pkp;

  @Column(name = "pp55_certificate", nullable = false)
  private boolean pp55Certificate;

  @Column(nullable = false)
  private String street;

  @Column(nullable = false)
  private String village;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private District district;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(nullable = false)
  private String phone;

  @Column(nullable = false)
  private String email;

  @Column(name = "bank_name", nullable = false)
  private String bankName;

  @Column(name = "bank_account_number", nullable = false)
  private String bankAccountNumber;

  @Column(name = "bank_account_holder", nullable = false)
  private String bankAccountHolder;

  @Column(name = "rating_average")
  private BigDecimal ratingAverage;

  @Column(name = "rating_count", nullable = false)
  private int ratingCount;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Supplier() {}

  Supplier(String ownerSubject, SupplierProfile profile, OffsetDateTime now) {
    this.ownerSubject = ownerSubject;
    this.status = SupplierStatus.DRAFT;
    this.createdAt = now;
    apply(profile, now);
  }

  /**
   * Replaces the profile. A change of legal data sends a verified profile back for verification; a
   * suspended profile's legal data cannot change until it is reinstated.
   *
   * @return whether legal data changed
   */
  boolean update(SupplierProfile profile, OffsetDateTime now) {
    boolean legalChange = !legalData().equals(profile.legalData());
    if (legalChange && status == SupplierStatus.SUSPENDED) {
      throw ApiException.conflict("supplier.suspended.legal-change");
    }
    apply(profile, now);
    changedSinceReview = true;
    if (legalChange && status == SupplierStatus.VERIFIED) {
      returnForVerification(now);
    }
    return legalChange;
  }

  /** Refuses (409) an action that the profile's status does not allow, without doing it. */
  void requireAllowed(SupplierStatus.Action action) {
    action.applyTo(status);
  }

  /** The owner submits the profile for verification; a rejected one only after changes. */
  void submit(OffsetDateTime now) {
    requireAllowed(SupplierStatus.Action.SUBMIT);
    if (status == SupplierStatus.REJECTED && !changedSinceReview) {
      throw ApiException.businessRule("supplier.resubmit.unchanged");
    }
    perform(SupplierStatus.Action.SUBMIT, null, now);
    this.submittedAt = now;
    this.changedSinceReview = false;
  }

  /**
   * Its documents changed. A change of its legal documents (NIB, NPWP) sends a verified profile
   * back for verification; other certificates are only marked for the next review.
   */
  void documentsChanged(boolean legalDocument, OffsetDateTime now) {
    changedSinceReview = true;
    if (legalDocument) {
      returnForVerification(now);
    }
  }

  /** The admin's review ends here: what changed while the profile waited, the admin has seen. */
  void verify(String admin, OffsetDateTime now) {
    perform(SupplierStatus.Action.VERIFY, null, now);
    this.verifiedAt = now;
    this.verifiedBy = admin;
    this.changedSinceReview = false;
  }

  /** Rejected as it stands; only a change made after this lets the owner submit it again. */
  void reject(String reason, OffsetDateTime now) {
    perform(SupplierStatus.Action.REJECT, reason, now);
    this.changedSinceReview = false;
  }

  void suspend(String reason, OffsetDateTime now) {
    perform(SupplierStatus.Action.SUSPEND, reason, now);
  }

  void reinstate(OffsetDateTime now) {
    perform(SupplierStatus.Action.REINSTATE, null, now);
  }

  /** Something verified changed (legal data, documents): a verified profile is checked again. */
  void returnForVerification(OffsetDateTime now) {
    if (status == SupplierStatus.VERIFIED) {
      perform(SupplierStatus.Action.REVERIFY, null, now);
      this.submittedAt = now;
      this.changedSinceReview = false;
    }
  }

  private void perform(SupplierStatus.Action action, String reason, OffsetDateTime now) {
    this.status = action.applyTo(status);
    this.statusReason = reason;
    this.updatedAt = now;
  }

  private void apply(SupplierProfile profile, OffsetDateTime now) {
    this.legalName = profile.legalName();
    this.tradingName = profile.tradingName();
    this.businessForm = profile.businessForm();
    this.scale = profile.scale();
    this.nib = profile.nib();
    this.npwp = profile.npwp();
    this.nitku = profile.nitku();
    this.ownerName = profile.ownerName();
    this.ownerNik = profile.ownerNik();
    this.kbliCodes = profile.kbliCodes().toArray(String[]::new);
    this.pkp = profile.pkp();
    this.pp55Certificate = profile.pp55Certificate();
    this.street = profile.street();
    this.village = profile.village();
    this.district = profile.district();
    this.postalCode = profile.postalCode();
    this.phone = profile.phone();
    this.email = profile.email();
    this.bankName = profile.bankName();
    this.bankAccountNumber = profile.bankAccountNumber();
    this.bankAccountHolder = profile.bankAccountHolder();
    this.updatedAt = now;
  }

  SupplierProfile profile() {
    return new SupplierProfile(
        legalName,
        tradingName,
        businessForm,
        scale,
        nib,
        npwp,
        nitku,
        ownerName,
        ownerNik,
        List.of(kbliCodes),
        pkp,
        pp55Certificate,
        street,
        village,
        district,
        postalCode,
        phone,
        email,
        bankName,
        bankAccountNumber,
        bankAccountHolder);
  }

  private List<Object> legalData() {
    return profile().legalData();
  }

  boolean ownedBy(String subject) {
    return Objects.equals(ownerSubject, subject);
  }

  Long id() {
    return id;
  }

  String ownerSubject() {
    return ownerSubject;
  }

  SupplierStatus status() {
    return status;
  }

  String statusReason() {
    return statusReason;
  }

  void rated(BigDecimal average, int count) {
    this.ratingAverage = average;
    this.ratingCount = count;
  }

  BigDecimal ratingAverage() {
    return ratingAverage;
  }

  int ratingCount() {
    return ratingCount;
  }

  OffsetDateTime submittedAt() {
    return submittedAt;
  }

  OffsetDateTime verifiedAt() {
    return verifiedAt;
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

  @Override
  public String toString() {
    return "Supplier[" + id + ", " + status + ", kbli=" + Arrays.toString(kbliCodes) + "]";
  }
}
