package id.banggaelokal.supplier;

import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.lock.AdvisoryLocks;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.supplier.api.PublicSupplierResponse;
import id.banggaelokal.supplier.api.SupplierChanged;
import id.banggaelokal.supplier.api.SupplierProfileRequest;
import id.banggaelokal.supplier.api.SupplierProfileResponse;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A supplier account's own profile: registration, changes, submission; and public profiles. */
@ApplicationScoped
public class SupplierService {

  static final String ENTITY = "supplier";

  private final SupplierRepository suppliers;
  private final SupplierDocumentRepository documents;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final AdvisoryLocks locks;
  private final Event<SupplierChanged> changes;
  private final Clock clock;

  SupplierService(
      SupplierRepository suppliers,
      SupplierDocumentRepository documents,
      CurrentUser currentUser,
      AuditLog audit,
      AdvisoryLocks locks,
      Event<SupplierChanged> changes,
      Clock clock) {
    this.suppliers = suppliers;
    this.documents = documents;
    this.currentUser = currentUser;
    this.audit = audit;
    this.locks = locks;
    this.changes = changes;
    this.clock = clock;
  }

  @Transactional
  public SupplierProfileResponse register(SupplierProfileRequest request) {
    String owner = currentUser.subject();
    if (suppliers.findByOwner(owner).isPresent()) {
      throw ApiException.conflict("supplier.already-registered");
    }
    SupplierProfile profile = SupplierProfile.from(request);
    requireUniqueIdentity(profile, null);
    Supplier supplier = new Supplier(owner, profile, now());
    suppliers.persistAndFlush(supplier);
    SupplierProfileResponse created = response(supplier);
    audit.record("supplier.registered", ENTITY, supplier.id(), null, created);
    announce(supplier);
    return created;
  }

  @Transactional
  public SupplierProfileResponse mine() {
    return response(ownProfile());
  }

  @Transactional
  public SupplierProfileResponse updateMine(SupplierProfileRequest request, String ifMatch) {
    Supplier supplier = ownProfile();
    Versions.checkIfMatch(ifMatch, supplier.version());
    SupplierProfile profile = SupplierProfile.from(request);
    requireUniqueIdentity(profile, supplier.id());
    SupplierProfileResponse before = response(supplier);
    supplier.update(profile, now());
    suppliers.flush();
    SupplierProfileResponse after = response(supplier);
    audit.record("supplier.updated", ENTITY, supplier.id(), before, after);
    announce(supplier);
    return after;
  }

  /** Submits the profile for verification: it needs valid NIB and NPWP documents. */
  @Transactional
  public SupplierProfileResponse submitMine(String ifMatch) {
    Supplier supplier = ownProfile();
    Versions.checkIfMatch(ifMatch, supplier.version());
    supplier.requireAllowed(SupplierStatus.Action.SUBMIT);
    requireValidMandatoryDocuments(supplier, "supplier.submit.documents");
    SupplierStatus before = supplier.status();
    supplier.submit(now());
    suppliers.flush();
    audit.record("supplier.submitted", ENTITY, supplier.id(), before, supplier.status());
    announce(supplier);
    return response(supplier);
  }

  /** The public profile of a verified supplier; 404 for any other. */
  @Transactional
  public PublicSupplierResponse publicProfile(long id) {
    return suppliers
        .findByIdOptional(id)
        .filter(s -> s.status() == SupplierStatus.VERIFIED)
        .map(SupplierResponses::publicProfile)
        .orElseThrow(() -> ApiException.notFound("supplier.not-found", Long.toString(id)));
  }

  /**
   * The calling supplier account's profile, as other features need it; 404 when the account has not
   * registered one.
   */
  @Transactional
  public SupplierSnapshot mySnapshot() {
    return snapshot(ownProfile());
  }

  /** The calling account's profile as other features need it, if it registered one. */
  @Transactional
  public Optional<SupplierSnapshot> findMySnapshot() {
    return suppliers.findByOwner(currentUser.subject()).map(SupplierService::snapshot);
  }

  /** Several suppliers at once, by id, as other features need them; unknown ids are left out. */
  @Transactional
  public Map<Long, SupplierSnapshot> snapshots(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return suppliers.list("id in ?1", Set.copyOf(ids)).stream()
        .collect(Collectors.toMap(Supplier::id, SupplierService::snapshot));
  }

  /** How many suppliers are verified now (the public statistics show it). */
  @Transactional
  public long verifiedCount() {
    return suppliers.count("status", SupplierStatus.VERIFIED);
  }

  /** Any supplier, as other features need it. */
  @Transactional
  public Optional<SupplierSnapshot> snapshot(long id) {
    return suppliers.snapshot(id);
  }

  /**
   * Records a supplier's rating: the mean score of its rated orders (the order feature keeps the
   * ratings), then tells the other features.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void rated(long supplierId, java.math.BigDecimal average, int count) {
    Supplier supplier =
        suppliers
            .findByIdOptional(supplierId)
            .orElseThrow(
                () -> ApiException.notFound("supplier.not-found", Long.toString(supplierId)));
    supplier.rated(average, count);
    suppliers.flush();
    announce(supplier);
  }

  /**
   * Tells the other features what the public may now see of this supplier. The change is stored
   * first, and the transaction forgets the snapshots it read, so that they are read again.
   */
  void announce(Supplier supplier) {
    suppliers.flush();
    suppliers.forgetSnapshots();
    changes.fire(snapshot(supplier).changed());
  }

  static SupplierSnapshot snapshot(Supplier supplier) {
    SupplierProfile profile = supplier.profile();
    return new SupplierSnapshot(
        supplier.id(),
        supplier.status(),
        profile.tradingName(),
        profile.district(),
        profile.scale(),
        supplier.ratingAverage(),
        profile.pkp(),
        profile.pp55Certificate(),
        profile.email());
  }

  /** The caller's own profile; 404 when the account has not registered one. */
  Supplier ownProfile() {
    return suppliers
        .findByOwner(currentUser.subject())
        .orElseThrow(() -> ApiException.notFound("supplier.me.not-found"));
  }

  void requireValidMandatoryDocuments(Supplier supplier, String messageKey) {
    var warnings =
        SupplierResponses.mandatoryDocumentWarnings(
            documents.listBySupplier(supplier.id()), today());
    if (!warnings.isEmpty()) {
      String types = String.join(", ", warnings.stream().map(w -> w.type().name()).toList());
      throw ApiException.businessRule(messageKey, types);
    }
  }

  SupplierProfileResponse response(Supplier supplier) {
    return SupplierResponses.profile(supplier, documents.listBySupplier(supplier.id()), today());
  }

  /**
   * Refuses (409, naming the field) an NIB, NPWP or owner NIK that another profile holds. The
   * numbers are locked first, so that two profiles written at once cannot both take one.
   */
  private void requireUniqueIdentity(SupplierProfile profile, Long ownId) {
    locks.lockAll("supplier-identity", List.of(profile.nib(), profile.npwp(), profile.ownerNik()));
    if (suppliers.nibTaken(profile.nib(), ownId)) {
      throw ApiException.duplicate("nib", "supplier.nib.taken");
    }
    if (suppliers.personalOrTaxIdTaken(profile.npwp(), ownId)) {
      throw ApiException.duplicate("npwp", "supplier.npwp.taken");
    }
    if (suppliers.personalOrTaxIdTaken(profile.ownerNik(), ownId)) {
      throw ApiException.duplicate("ownerNik", "supplier.nik.taken");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
  }
}
