package id.banggaelokal.supplier;

import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.supplier.api.SupplierProfileResponse;
import id.banggaelokal.supplier.api.SupplierSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;

/** The city procurement office's verification of suppliers. */
@ApplicationScoped
public class SupplierVerificationService {

  private final SupplierService supplierService;
  private final SupplierRepository suppliers;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;

  SupplierVerificationService(
      SupplierService supplierService,
      SupplierRepository suppliers,
      CurrentUser currentUser,
      AuditLog audit,
      Clock clock) {
    this.supplierService = supplierService;
    this.suppliers = suppliers;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Page<SupplierSummary> queue(SupplierStatus status, String text, PageParams paging) {
    return suppliers.search(status, text, paging).map(SupplierResponses::summary);
  }

  @Transactional
  public SupplierProfileResponse get(long id) {
    return supplierService.response(find(id));
  }

  /**
   * Verifies a submitted profile. Nobody verifies a profile their own account created, and only
   * while its NIB and NPWP documents are valid.
   */
  @Transactional
  public SupplierProfileResponse verify(long id, String ifMatch) {
    return act(
        id,
        ifMatch,
        "supplier.verified",
        supplier -> {
          supplier.requireAllowed(SupplierStatus.Action.VERIFY);
          supplierService.requireValidMandatoryDocuments(supplier, "supplier.verify.documents");
          supplier.verify(currentUser.subject(), now());
        },
        null);
  }

  @Transactional
  public SupplierProfileResponse reject(long id, String reason, String ifMatch) {
    return act(id, ifMatch, "supplier.rejected", s -> s.reject(reason.trim(), now()), reason);
  }

  @Transactional
  public SupplierProfileResponse suspend(long id, String reason, String ifMatch) {
    return act(id, ifMatch, "supplier.suspended", s -> s.suspend(reason.trim(), now()), reason);
  }

  /** Reinstates a suspended supplier, whose NIB and NPWP documents must still be valid. */
  @Transactional
  public SupplierProfileResponse reinstate(long id, String ifMatch) {
    return act(
        id,
        ifMatch,
        "supplier.reinstated",
        supplier -> {
          supplier.requireAllowed(SupplierStatus.Action.REINSTATE);
          supplierService.requireValidMandatoryDocuments(supplier, "supplier.reinstate.documents");
          supplier.reinstate(now());
        },
        null);
  }

  private SupplierProfileResponse act(
      long id, String ifMatch, String action, Consumer<Supplier> transition, String reason) {
    Supplier supplier = find(id);
    if (supplier.ownedBy(currentUser.subject())) {
      throw ApiException.forbidden("supplier.verify.own-profile");
    }
    Versions.checkIfMatch(ifMatch, supplier.version());
    SupplierStatus before = supplier.status();
    transition.accept(supplier);
    suppliers.flush();
    audit.record(
        action,
        SupplierService.ENTITY,
        supplier.id(),
        Map.of("status", before),
        reason == null
            ? Map.of("status", supplier.status())
            : Map.of("status", supplier.status(), "reason", reason.trim()));
    supplierService.announce(supplier);
    return supplierService.response(supplier);
  }

  private Supplier find(long id) {
    return suppliers
        .findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("supplier.not-found", Long.toString(id)));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
