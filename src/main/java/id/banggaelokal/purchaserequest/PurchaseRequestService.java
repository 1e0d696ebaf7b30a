package id.banggaelokal.purchaserequest;

import id.banggaelokal.catalog.ListingService;
import id.banggaelokal.catalog.api.ListingReference;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.notification.NotificationService;
import id.banggaelokal.notification.api.Recipient;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.FieldError;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.purchaserequest.api.Participation;
import id.banggaelokal.purchaserequest.api.PurchaseRequestCancelled;
import id.banggaelokal.purchaserequest.api.PurchaseRequestPublished;
import id.banggaelokal.purchaserequest.api.PurchaseRequestRequest;
import id.banggaelokal.purchaserequest.api.PurchaseRequestResponse;
import id.banggaelokal.purchaserequest.api.PurchaseRequestView;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import id.banggaelokal.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Purchase requests: written by a work unit's buyer, read by its staff, by the suppliers who may
 * quote on them, and by auditors. Other work units never learn that a request exists (404).
 */
@ApplicationScoped
public class PurchaseRequestService {

  static final String ENTITY = "purchase-request";
  static final int MAX_INVITED = 20;

  private final PurchaseRequestRepository requests;
  private final SupplierService suppliers;
  private final ListingService listings;
  private final WorkUnitService workUnits;
  private final NotificationService notifications;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Event<PurchaseRequestCancelled> cancellations;
  private final Event<PurchaseRequestPublished> publications;
  private final Clock clock;

  PurchaseRequestService(
      PurchaseRequestRepository requests,
      SupplierService suppliers,
      ListingService listings,
      WorkUnitService workUnits,
      NotificationService notifications,
      CurrentUser currentUser,
      AuditLog audit,
      Event<PurchaseRequestCancelled> cancellations,
      Event<PurchaseRequestPublished> publications,
      Clock clock) {
    this.requests = requests;
    this.suppliers = suppliers;
    this.listings = listings;
    this.workUnits = workUnits;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.audit = audit;
    this.cancellations = cancellations;
    this.publications = publications;
    this.clock = clock;
  }

  /** A new draft of the calling buyer's work unit. */
  @Transactional
  public PurchaseRequestResponse create(PurchaseRequestRequest request) {
    String workUnit = currentUser.requireWorkUnitCode();
    OffsetDateTime now = now();
    PurchaseRequest purchaseRequest = new PurchaseRequest(workUnit, currentUser.actorId(), now);
    purchaseRequest.describe(checked(request, now), now);
    requests.persistAndFlush(purchaseRequest);
    PurchaseRequestResponse created = response(purchaseRequest, Viewer.STAFF, now);
    audit.record("purchase-request.created", ENTITY, purchaseRequest.id(), null, created);
    return created;
  }

  /** Changes a draft. */
  @Transactional
  public PurchaseRequestResponse update(long id, PurchaseRequestRequest request, String ifMatch) {
    PurchaseRequest purchaseRequest = ownForUpdate(id);
    Versions.checkIfMatch(ifMatch, purchaseRequest.version());
    OffsetDateTime now = now();
    if (purchaseRequest.status() != PurchaseRequestStatus.DRAFT) {
      throw ApiException.conflict(
          "purchase-request.not-draft", Long.toString(id), purchaseRequest.statusAt(now).name());
    }
    PurchaseRequestResponse before = response(purchaseRequest, Viewer.STAFF, now);
    purchaseRequest.describe(checked(request, now), now);
    requests.flush();
    PurchaseRequestResponse after = response(purchaseRequest, Viewer.STAFF, now);
    audit.record("purchase-request.updated", ENTITY, id, before, after);
    return after;
  }

  /** Opens a draft to quotations; its deadline must still be ahead. */
  @Transactional
  public PurchaseRequestResponse publish(long id, String ifMatch) {
    PurchaseRequest purchaseRequest = ownForUpdate(id);
    Versions.checkIfMatch(ifMatch, purchaseRequest.version());
    OffsetDateTime now = now();
    PurchaseRequestStatus.Action.PUBLISH.applyTo(purchaseRequest.statusAt(now));
    if (purchaseRequest.deadlinePassed(now)) {
      throw ApiException.businessRule("purchase-request.publish.deadline-passed");
    }
    Map<Long, SupplierSnapshot> invited = Map.of();
    if (purchaseRequest.participation() == Participation.INVITED) {
      invited = requireVerified(purchaseRequest.invitedSupplierIds());
    }
    PurchaseRequestResponse published =
        transition(purchaseRequest, "purchase-request.published", now, r -> r.publish(now));
    publications.fire(new PurchaseRequestPublished(published));
    for (SupplierSnapshot supplier : invited.values()) {
      notifications.record(
          Recipient.supplier(supplier.id(), supplier.email()),
          "purchase-request.invited",
          "purchase-request:" + id + ":published",
          null,
          Map.of("request", id, "title", purchaseRequest.title()));
    }
    return published;
  }

  /**
   * Closes an open request. Before its deadline only an invitation whose every invited supplier has
   * quoted may close early; after it, closing records what every read already shows.
   */
  @Transactional
  public PurchaseRequestResponse close(long id, String ifMatch) {
    PurchaseRequest purchaseRequest = ownForUpdate(id);
    Versions.checkIfMatch(ifMatch, purchaseRequest.version());
    OffsetDateTime now = now();
    PurchaseRequestStatus.Action.CLOSE.applyTo(purchaseRequest.status());
    boolean everyInvitedQuoted =
        purchaseRequest.participation() == Participation.INVITED
            && purchaseRequest.liveQuotations() >= purchaseRequest.invitedSupplierIds().size();
    if (!purchaseRequest.deadlinePassed(now) && !everyInvitedQuoted) {
      throw ApiException.conflict(
          "purchase-request.close.before-deadline", purchaseRequest.quotationDeadline());
    }
    return transition(purchaseRequest, "purchase-request.closed", now, r -> r.close(now));
  }

  @Transactional
  public PurchaseRequestResponse cancel(long id, String reason, String ifMatch) {
    PurchaseRequest purchaseRequest = ownForUpdate(id);
    Versions.checkIfMatch(ifMatch, purchaseRequest.version());
    OffsetDateTime now = now();
    settleDeadline(purchaseRequest, now);
    PurchaseRequestResponse response =
        transition(
            purchaseRequest, "purchase-request.cancelled", now, r -> r.cancel(reason.strip(), now));
    cancellations.fire(new PurchaseRequestCancelled(id));
    return response;
  }

  /** One request, as the caller may see it; 404 when the caller may not. */
  @Transactional
  public PurchaseRequestResponse get(long id) {
    OffsetDateTime now = now();
    Reader reader = reader();
    PurchaseRequest purchaseRequest =
        requests
            .findByIdOptional(id)
            .filter(r -> reader.maySee(r, now, requests))
            .orElseThrow(() -> notFound(id));
    return response(purchaseRequest, reader.viewer(), now);
  }

  /**
   * The requests the caller may see, newest first: a work unit's staff see their work unit's, a
   * supplier those it may quote on or did quote on, an auditor all.
   */
  @Transactional
  public Page<PurchaseRequestResponse> list(PurchaseRequestStatus status, PageParams paging) {
    OffsetDateTime now = now();
    Reader reader = reader();
    Page<PurchaseRequest> page =
        switch (reader.viewer()) {
          case AUDITOR -> requests.all(status, now, paging);
          case STAFF -> requests.ofWorkUnit(reader.workUnitCode(), status, now, paging);
          case SUPPLIER -> {
            if (reader.supplier() == null) {
              yield Page.of(List.of(), paging, 0);
            }
            yield requests.visibleToSupplier(
                reader.supplier().id(),
                reader.supplier().verified(),
                reader.storefronts(),
                status,
                now,
                paging);
          }
        };
    return page.map(r -> response(r, reader.viewer(), now));
  }

  // --- For the quotation feature --------------------------------------------------------------

  /**
   * A request that {@code supplier} may quote on, with its row locked until the end of the
   * transaction (so that quotations and the close of one request happen one after the other). 404
   * when the supplier may not see it; 409 when it no longer accepts quotations.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PurchaseRequestView lockForQuoting(long id, SupplierSnapshot supplier) {
    PurchaseRequest purchaseRequest =
        requests
            .findForUpdate(id)
            .filter(r -> mayQuote(r, supplier))
            .orElseThrow(() -> notFound(id));
    // The time is read once the lock is held: whatever waited for it is judged as of now.
    OffsetDateTime now = now();
    if (!purchaseRequest.acceptsQuotations(now)) {
      throw ApiException.conflict(
          "purchase-request.quotations.closed",
          Long.toString(id),
          purchaseRequest.statusAt(now).name());
    }
    return view(purchaseRequest, now);
  }

  /** Counts a new live quotation of {@code supplierId} (the request is locked by the caller). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void quotationSubmitted(long id, long supplierId) {
    requests.findByIdOptional(id).orElseThrow(() -> notFound(id)).quotationArrived();
    requests.addBidder(id, supplierId);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void quotationWithdrawn(long id) {
    requests.findByIdOptional(id).orElseThrow(() -> notFound(id)).quotationWithdrawn();
  }

  /**
   * A request of the caller's work unit (or any, for an auditor), for the buyer side's reads of its
   * quotations; empty for anyone else. The request row is share-locked until the end of the
   * transaction: a quotation written while the request was open (which holds the row lock) is
   * committed before this reads on, so what the buyer's side reads after the deadline is final.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<PurchaseRequestView> lockOfMyWorkUnitForReading(long id) {
    Optional<PurchaseRequest> found =
        requests
            .findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_READ)
            .filter(r -> currentUser.hasRole(Roles.AUDITOR) || isMyWorkUnits(r));
    OffsetDateTime now = now();
    return found.map(r -> view(r, now));
  }

  /** Whether a request belongs to the calling staff member's work unit (auditors are not staff). */
  @Transactional
  public boolean belongsToMyWorkUnit(long id) {
    Optional<String> mine = currentUser.workUnitCode();
    return mine.isPresent() && requests.workUnitOf(id).equals(mine);
  }

  /** Several requests at once, for a caller that decided by itself who may see them. */
  @Transactional
  public Map<Long, PurchaseRequestView> views(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    OffsetDateTime now = now();
    return requests.list("id in ?1", Set.copyOf(ids)).stream()
        .collect(Collectors.toMap(PurchaseRequest::id, r -> view(r, now)));
  }

  /** Any request, for a caller that decided by itself who may see what it shows. */
  @Transactional
  public Optional<PurchaseRequestView> view(long id) {
    OffsetDateTime now = now();
    return requests.findByIdOptional(id).map(r -> view(r, now));
  }

  /**
   * A request of the calling buyer's work unit, locked until the end of the transaction, that may
   * be awarded now (closed, not awarded yet). Two awards of one request wait for each other here,
   * and the second finds it awarded (409).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PurchaseRequestView lockForAward(long id) {
    PurchaseRequest purchaseRequest = ownForUpdate(id);
    OffsetDateTime now = now();
    PurchaseRequestStatus.Action.AWARD.applyTo(purchaseRequest.statusAt(now));
    settleDeadline(purchaseRequest, now);
    return view(purchaseRequest, now);
  }

  /** Records the award (the caller holds the lock of {@link #lockForAward}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void awarded(long id, long quotationId, long orderId) {
    PurchaseRequest purchaseRequest = ownForUpdate(id);
    OffsetDateTime now = now();
    transition(
        purchaseRequest, "purchase-request.awarded", now, r -> r.award(quotationId, orderId, now));
  }

  /**
   * Closes in the database up to {@code limit} open requests whose deadline has passed, skipping
   * any that another transaction holds; safe to run on several replicas at once.
   *
   * @return how many this call closed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int closeExpired(int limit) {
    OffsetDateTime now = now();
    List<PurchaseRequest> expired = requests.lockExpired(now, limit);
    for (PurchaseRequest purchaseRequest : expired) {
      transition(purchaseRequest, "purchase-request.closed", now, r -> r.close(now));
    }
    return expired.size();
  }

  /** Records the close that the deadline already made (with its own audit entry). */
  private void settleDeadline(PurchaseRequest purchaseRequest, OffsetDateTime now) {
    if (purchaseRequest.status() == PurchaseRequestStatus.OPEN
        && purchaseRequest.deadlinePassed(now)) {
      transition(purchaseRequest, "purchase-request.closed", now, r -> r.close(now));
    }
  }

  // --- Rules -----------------------------------------------------------------------------------

  private PurchaseRequest.Draft checked(PurchaseRequestRequest request, OffsetDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    List<RequestLine> lines = new ArrayList<>();
    Map<Long, ListingReference> referenced =
        listings.publishedReferences(
            request.lines().stream()
                .map(PurchaseRequestRequest.Line::listingId)
                .filter(Objects::nonNull)
                .toList());
    for (int i = 0; i < request.lines().size(); i++) {
      PurchaseRequestRequest.Line line = request.lines().get(i);
      if (line.unit().storefront() != request.storefront()) {
        errors.add(new FieldError("lines[" + i + "].unit", "purchase-request.line.unit"));
      }
      if (line.listingId() != null) {
        ListingReference listing = referenced.get(line.listingId());
        if (listing == null || listing.storefront() != request.storefront()) {
          errors.add(new FieldError("lines[" + i + "].listingId", "purchase-request.line.listing"));
        }
      }
      lines.add(
          new RequestLine(
              i + 1,
              line.listingId(),
              line.description().strip(),
              line.quantity(),
              line.unit(),
              line.estimateUnitPrice().setScale(2, RoundingMode.UNNECESSARY)));
    }
    if (!request.quotationDeadline().isAfter(now)) {
      errors.add(new FieldError("quotationDeadline", "purchase-request.deadline.future"));
    } else if (request.quotationDeadline().isAfter(now.plusYears(1))) {
      errors.add(new FieldError("quotationDeadline", "purchase-request.deadline.too-far"));
    } else if (request.deliveryDate().isAfter(now.toLocalDate().plusYears(3))) {
      errors.add(new FieldError("deliveryDate", "purchase-request.delivery.too-far"));
    } else if (request
        .deliveryDate()
        .isBefore(request.quotationDeadline().atZoneSameInstant(Clocks.CITY_ZONE).toLocalDate())) {
      errors.add(new FieldError("deliveryDate", "purchase-request.delivery.before-deadline"));
    }
    Set<Long> invited =
        new LinkedHashSet<>(
            request.invitedSupplierIds() == null ? List.of() : request.invitedSupplierIds());
    if (request.participation() == Participation.INVITED) {
      if (invited.isEmpty()) {
        errors.add(new FieldError("invitedSupplierIds", "purchase-request.invited.required"));
      } else if (invited.size() != request.invitedSupplierIds().size()) {
        errors.add(new FieldError("invitedSupplierIds", "purchase-request.invited.duplicate"));
      } else {
        Map<Long, SupplierSnapshot> found = suppliers.snapshots(invited);
        int i = 0;
        for (Long supplierId : invited) {
          SupplierSnapshot supplier = found.get(supplierId);
          if (supplier == null || !supplier.verified()) {
            errors.add(
                new FieldError(
                    "invitedSupplierIds[" + i + "]", "purchase-request.invited.not-verified"));
          }
          i++;
        }
      }
    } else if (!invited.isEmpty()) {
      errors.add(new FieldError("invitedSupplierIds", "purchase-request.invited.open"));
    }
    if (request.title().isBlank()) {
      errors.add(new FieldError("title", "purchase-request.text.blank"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new PurchaseRequest.Draft(
        request.title().strip(),
        request.storefront(),
        request.description().strip(),
        lines,
        request.budgetCode().strip(),
        request.deliveryPlace().strip(),
        request.deliveryDate(),
        request.quotationDeadline(),
        request.participation(),
        invited);
  }

  private Map<Long, SupplierSnapshot> requireVerified(Set<Long> supplierIds) {
    Map<Long, SupplierSnapshot> found = suppliers.snapshots(supplierIds);
    for (Long supplierId : supplierIds) {
      SupplierSnapshot supplier = found.get(supplierId);
      if (supplier == null || !supplier.verified()) {
        throw ApiException.businessRule(
            "purchase-request.publish.invited-not-verified", supplierId);
      }
    }
    return found;
  }

  /** Tells the buyers of a request's work unit that a quotation arrived (not what it says). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announceQuotation(long id, long quotationId) {
    PurchaseRequest purchaseRequest = requests.findByIdOptional(id).orElseThrow(() -> notFound(id));
    notifications.record(
        buyersOf(purchaseRequest),
        "quotation.received",
        "quotation:" + quotationId + ":submitted",
        null,
        Map.of("request", id, "quotation", quotationId, "title", purchaseRequest.title()));
  }

  /** Tells the buyers of a request's work unit that a supplier answered their counter-offer. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announceCounterOfferAnswer(long id, long quotationId, int round) {
    PurchaseRequest purchaseRequest = requests.findByIdOptional(id).orElseThrow(() -> notFound(id));
    notifications.record(
        buyersOf(purchaseRequest),
        "quotation.counter-offer-answered",
        "quotation:" + quotationId + ":round:" + round + ":answered",
        null,
        Map.of("request", id, "quotation", quotationId, "title", purchaseRequest.title()));
  }

  /** The buyers of a request's work unit, as recipients of a notification. */
  private Recipient buyersOf(PurchaseRequest purchaseRequest) {
    return Recipient.workUnit(
        purchaseRequest.workUnitCode(),
        Roles.BUYER,
        workUnits.emailOf(purchaseRequest.workUnitCode()).orElse(null));
  }

  /**
   * Whether a supplier is one of those a published request asks for quotations: invited, selling in
   * its storefront when it is open to all, or having quoted already. (Whether the request still
   * accepts quotations is another question, answered with 409.)
   */
  private boolean mayQuote(PurchaseRequest request, SupplierSnapshot supplier) {
    if (request.publishedAt() == null) {
      return false;
    }
    if (requests.isBidder(request.id(), supplier.id())) {
      return true;
    }
    if (!supplier.verified()) {
      return false;
    }
    return request.asksForQuotationsFrom(supplier.id(), listings.storefrontsOf(supplier.id()));
  }

  // --- Readers ---------------------------------------------------------------------------------

  enum Viewer {
    STAFF,
    SUPPLIER,
    AUDITOR
  }

  /** Who reads, and what decides what they may see. */
  private record Reader(
      Viewer viewer, String workUnitCode, SupplierSnapshot supplier, Set<Storefront> storefronts) {

    boolean maySee(PurchaseRequest request, OffsetDateTime now, PurchaseRequestRepository repo) {
      return switch (viewer) {
        case AUDITOR -> true;
        case STAFF -> request.workUnitCode().equals(workUnitCode);
        case SUPPLIER -> {
          if (supplier == null || request.status() == PurchaseRequestStatus.DRAFT) {
            yield false;
          }
          if (repo.isBidder(request.id(), supplier.id())) {
            yield true;
          }
          yield supplier.verified()
              && request.statusAt(now) == PurchaseRequestStatus.OPEN
              && request.asksForQuotationsFrom(supplier.id(), storefronts);
        }
      };
    }
  }

  private Reader reader() {
    if (currentUser.hasRole(Roles.AUDITOR)) {
      return new Reader(Viewer.AUDITOR, null, null, Set.of());
    }
    if (currentUser.hasRole(Roles.BUYER)
        || currentUser.hasRole(Roles.APPROVER)
        || currentUser.hasRole(Roles.TREASURER)) {
      return new Reader(Viewer.STAFF, currentUser.requireWorkUnitCode(), null, Set.of());
    }
    if (currentUser.hasRole(Roles.SUPPLIER)) {
      SupplierSnapshot supplier = suppliers.findMySnapshot().orElse(null);
      Set<Storefront> storefronts =
          supplier == null ? Set.of() : listings.storefrontsOf(supplier.id());
      return new Reader(Viewer.SUPPLIER, null, supplier, storefronts);
    }
    throw ApiException.forbidden("problem.forbidden.detail");
  }

  private boolean isMyWorkUnits(PurchaseRequest request) {
    return currentUser.workUnitCode().map(request.workUnitCode()::equals).orElse(false);
  }

  /** A request of the calling buyer's work unit, locked; 404 for any other. */
  private PurchaseRequest ownForUpdate(long id) {
    String workUnit = currentUser.requireWorkUnitCode();
    return requests
        .findForUpdate(id)
        .filter(r -> r.workUnitCode().equals(workUnit))
        .orElseThrow(() -> notFound(id));
  }

  private PurchaseRequestResponse transition(
      PurchaseRequest purchaseRequest,
      String event,
      OffsetDateTime now,
      Consumer<PurchaseRequest> action) {
    PurchaseRequestStatus before = purchaseRequest.status();
    action.accept(purchaseRequest);
    requests.flush();
    audit.record(
        event,
        ENTITY,
        purchaseRequest.id(),
        Map.of("status", before),
        Map.of("status", purchaseRequest.status()));
    return response(purchaseRequest, Viewer.STAFF, now);
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("purchase-request.not-found", Long.toString(id));
  }

  private static PurchaseRequestView view(PurchaseRequest request, OffsetDateTime now) {
    return new PurchaseRequestView(
        request.id(),
        request.workUnitCode(),
        request.title(),
        request.storefront(),
        request.statusAt(now),
        request.unsealed(now),
        request.quotationDeadline(),
        request.deliveryPlace(),
        request.deliveryDate(),
        lines(request));
  }

  private static List<PurchaseRequestResponse.LineResponse> lines(PurchaseRequest request) {
    return request.lines().stream()
        .map(
            l ->
                new PurchaseRequestResponse.LineResponse(
                    l.lineNo(),
                    l.listingId(),
                    l.description(),
                    l.quantity(),
                    l.unit(),
                    l.estimateUnitPrice(),
                    l.estimateAmount()))
        .toList();
  }

  private static PurchaseRequestResponse response(
      PurchaseRequest request, Viewer viewer, OffsetDateTime now) {
    boolean insider = viewer != Viewer.SUPPLIER;
    return new PurchaseRequestResponse(
        request.id(),
        request.workUnitCode(),
        request.title(),
        request.storefront(),
        request.description(),
        lines(request),
        request.estimateTotal(),
        request.budgetCode(),
        request.deliveryPlace(),
        request.deliveryDate(),
        request.quotationDeadline(),
        request.participation(),
        insider ? List.copyOf(new TreeSet<>(request.invitedSupplierIds())) : null,
        request.statusAt(now),
        request.cancelReason(),
        insider ? request.liveQuotations() : null,
        insider ? request.awardedQuotationId() : null,
        insider ? request.orderId() : null,
        request.publishedAt(),
        request.status() == PurchaseRequestStatus.OPEN && request.deadlinePassed(now)
            ? request.quotationDeadline()
            : request.closedAt(),
        request.createdAt(),
        request.updatedAt(),
        request.version());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
