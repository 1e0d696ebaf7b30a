package id.banggaelokal.quotation;

import id.banggaelokal.notification.NotificationService;
import id.banggaelokal.notification.api.Recipient;
import id.banggaelokal.order.OrderService;
import id.banggaelokal.order.api.AwardedOrder;
import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.purchaserequest.PurchaseRequestService;
import id.banggaelokal.purchaserequest.PurchaseRequestStatus;
import id.banggaelokal.purchaserequest.api.PurchaseRequestCancelled;
import id.banggaelokal.purchaserequest.api.PurchaseRequestResponse.LineResponse;
import id.banggaelokal.purchaserequest.api.PurchaseRequestView;
import id.banggaelokal.quotation.api.ComparisonResponse;
import id.banggaelokal.quotation.api.CounterOfferAnswer;
import id.banggaelokal.quotation.api.CounterOfferRequest;
import id.banggaelokal.quotation.api.PriceLine;
import id.banggaelokal.quotation.api.QuotationRequest;
import id.banggaelokal.quotation.api.QuotationResponse;
import id.banggaelokal.quotation.api.QuotationVersionResponse;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sealed quotations: suppliers submit, revise and withdraw them while the request is open; the
 * buyer's side reads them only once it has closed, compares, negotiates and awards one.
 */
@ApplicationScoped
public class QuotationService {

  static final String ENTITY = "quotation";

  /** The largest total the database keeps (numeric(17, 2)). */
  private static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999.99");

  private final QuotationRepository quotations;
  private final QuotationVersionRepository versions;
  private final CounterOfferRepository counterOffers;
  private final PurchaseRequestService requests;
  private final SupplierService suppliers;
  private final OrderService orders;
  private final NotificationService notifications;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;

  QuotationService(
      QuotationRepository quotations,
      QuotationVersionRepository versions,
      CounterOfferRepository counterOffers,
      PurchaseRequestService requests,
      SupplierService suppliers,
      OrderService orders,
      NotificationService notifications,
      CurrentUser currentUser,
      AuditLog audit,
      Clock clock) {
    this.quotations = quotations;
    this.versions = versions;
    this.counterOffers = counterOffers;
    this.requests = requests;
    this.suppliers = suppliers;
    this.orders = orders;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  // --- The supplier's side --------------------------------------------------------------------

  /** The calling supplier's quotation on an open request it may quote on. */
  @Transactional
  public QuotationResponse submit(long requestId, QuotationRequest request) {
    SupplierSnapshot supplier = verifiedSupplier();
    PurchaseRequestView purchaseRequest = requests.lockForQuoting(requestId, supplier);
    quotations
        .live(requestId, supplier.id())
        .ifPresent(
            existing -> {
              throw ApiException.conflict("quotation.exists", existing.id());
            });
    OffsetDateTime now = now();
    Offer offer = offer(request.lines(), purchaseRequest, "lines");
    checkValidity(request.validUntil(), purchaseRequest);
    Quotation quotation =
        new Quotation(
            requestId,
            supplier.id(),
            request.deliveryDays(),
            request.validUntil(),
            notes(request),
            offer.prices(),
            offer.total(),
            now);
    quotations.persist(quotation);
    versions.persist(version(quotation.id(), 1, offer, request, now));
    quotations.flush();
    requests.quotationSubmitted(requestId, supplier.id());
    requests.announceQuotation(requestId, quotation.id());
    QuotationResponse submitted = response(quotation, purchaseRequest, supplier);
    audit.record("quotation.submitted", ENTITY, quotation.id(), null, sealedSummary(quotation));
    return submitted;
  }

  /** A new version of the calling supplier's quotation, before the deadline. */
  @Transactional
  public QuotationResponse revise(long id, QuotationRequest request, String ifMatch) {
    SupplierSnapshot supplier = verifiedSupplier();
    PurchaseRequestView purchaseRequest = lockRequestOf(id, supplier);
    Quotation quotation = ownForUpdate(id, supplier);
    Versions.checkIfMatch(ifMatch, quotation.version());
    QuotationStatus.Action.REVISE.applyTo(quotation.status());
    Offer offer = offer(request.lines(), purchaseRequest, "lines");
    checkValidity(request.validUntil(), purchaseRequest);
    Map<String, Object> before = sealedSummary(quotation);
    QuotationVersion revision =
        version(quotation.id(), quotation.currentVersion() + 1, offer, request, now());
    versions.persist(revision);
    quotation.revise(revision);
    quotations.flush();
    audit.record("quotation.revised", ENTITY, id, before, sealedSummary(quotation));
    return response(quotation, purchaseRequest, supplier);
  }

  /** Withdraws the calling supplier's quotation, before the deadline. */
  @Transactional
  public QuotationResponse withdraw(long id, String ifMatch) {
    SupplierSnapshot supplier = suppliers.mySnapshot();
    PurchaseRequestView purchaseRequest = lockRequestOf(id, supplier);
    Quotation quotation = ownForUpdate(id, supplier);
    Versions.checkIfMatch(ifMatch, quotation.version());
    Map<String, Object> before = sealedSummary(quotation);
    quotation.withdraw(now());
    quotations.flush();
    requests.quotationWithdrawn(quotation.purchaseRequestId());
    audit.record("quotation.withdrawn", ENTITY, id, before, sealedSummary(quotation));
    return response(quotation, purchaseRequest, supplier);
  }

  @Transactional
  public Page<QuotationResponse> mine(QuotationStatus status, PageParams paging) {
    Optional<SupplierSnapshot> supplier = suppliers.findMySnapshot();
    if (supplier.isEmpty()) {
      return Page.of(List.of(), paging, 0);
    }
    Page<Quotation> page = quotations.ofSupplier(supplier.get().id(), status, paging);
    Map<Long, List<CounterOffer>> rounds =
        counterOffers.of(page.items().stream().map(Quotation::id).toList());
    Map<Long, PurchaseRequestView> requestById =
        requests.views(page.items().stream().map(Quotation::purchaseRequestId).toList());
    return page.map(
        q ->
            response(
                q,
                requestById.get(q.purchaseRequestId()),
                supplier.get(),
                rounds.getOrDefault(q.id(), List.of())));
  }

  /**
   * Answers the latest negotiation round of the calling supplier's quotation; {@code counter} gives
   * the new prices when the action is COUNTER.
   */
  @Transactional
  public QuotationResponse answer(
      long id,
      int round,
      CounterOfferStatus.Action action,
      CounterOfferAnswer counter,
      String ifMatch) {
    SupplierSnapshot supplier = suppliers.mySnapshot();
    Quotation quotation = ownForUpdate(id, supplier);
    Versions.checkIfMatch(ifMatch, quotation.version());
    PurchaseRequestView purchaseRequest = negotiable(quotation);
    List<CounterOffer> rounds = counterOffers.of(id);
    CounterOffer latest =
        rounds.stream()
            .filter(r -> r.round() == round)
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("quotation.counter-offer.not-found", round));
    if (latest != rounds.get(rounds.size() - 1)) {
      throw ApiException.conflict("quotation.counter-offer.not-latest", round);
    }
    QuotationStatus.Action.NEGOTIATE.applyTo(quotation.status());
    OffsetDateTime now = now();
    Map<String, Object> before = summary(quotation);
    switch (action) {
      case ACCEPT -> {
        latest.answer(action, null, null, null, currentUser.actorId(), now);
        quotation.offer(latest.proposedPrices(), latest.proposedTotal(), now);
      }
      case DECLINE -> {
        latest.answer(action, null, null, null, currentUser.actorId(), now);
        quotation.negotiated(now);
      }
      case COUNTER -> {
        Offer offer = offer(counter.lines(), purchaseRequest, "lines");
        Map<Integer, BigDecimal> current = quotation.offer();
        for (int i = 0; i < counter.lines().size(); i++) {
          int lineNo = counter.lines().get(i).lineNo();
          if (offer.prices().get(lineNo).compareTo(current.get(lineNo)) > 0) {
            throw ApiException.invalid(
                "lines[" + i + "].unitPrice", "quotation.counter.above-offer", current.get(lineNo));
          }
        }
        latest.answer(
            action,
            offer.prices(),
            offer.total(),
            counter.message() == null || counter.message().isBlank()
                ? null
                : counter.message().strip(),
            currentUser.actorId(),
            now);
        quotation.offer(offer.prices(), offer.total(), now);
      }
    }
    quotations.flush();
    requests.announceCounterOfferAnswer(purchaseRequest.id(), id, round);
    audit.record(
        "quotation.counter-offer." + latest.status().name().toLowerCase(Locale.ROOT),
        ENTITY,
        id,
        before,
        summary(quotation));
    return response(quotation, purchaseRequest, supplier, counterOffers.of(id));
  }

  // --- The buyer's side -----------------------------------------------------------------------

  /** One quotation: for its supplier always, for the buyer's side once the request has closed. */
  @Transactional
  public QuotationResponse get(long id) {
    Quotation quotation = readable(id);
    PurchaseRequestView purchaseRequest =
        requests.view(quotation.purchaseRequestId()).orElseThrow();
    return response(
        quotation, purchaseRequest, suppliers.snapshot(quotation.supplierId()).orElseThrow());
  }

  /** Every version of a quotation, the first first; same readers as {@link #get}. */
  @Transactional
  public List<QuotationVersionResponse> versions(long id) {
    Quotation quotation = readable(id);
    PurchaseRequestView purchaseRequest =
        requests.view(quotation.purchaseRequestId()).orElseThrow();
    return versions.of(id).stream()
        .map(
            v ->
                new QuotationVersionResponse(
                    v.number(),
                    QuotationResponses.lines(purchaseRequest, v.prices()),
                    v.total(),
                    v.deliveryDays(),
                    v.validUntil(),
                    v.notes(),
                    v.createdAt()))
        .toList();
  }

  /** The quotations of a request of the caller's work unit, once it has closed. */
  @Transactional
  public List<QuotationResponse> ofRequest(long requestId) {
    PurchaseRequestView purchaseRequest = unsealed(requestId);
    List<Quotation> all = quotations.ofRequest(requestId);
    Map<Long, SupplierSnapshot> supplierById =
        suppliers.snapshots(all.stream().map(Quotation::supplierId).toList());
    Map<Long, List<CounterOffer>> rounds =
        counterOffers.of(all.stream().map(Quotation::id).toList());
    return all.stream()
        .map(
            q ->
                response(
                    q,
                    purchaseRequest,
                    supplierById.get(q.supplierId()),
                    rounds.getOrDefault(q.id(), List.of())))
        .toList();
  }

  /** The line-by-line comparison of a closed request's quotations against its estimate. */
  @Transactional
  public ComparisonResponse comparison(long requestId) {
    PurchaseRequestView purchaseRequest = unsealed(requestId);
    List<Quotation> all = quotations.ofRequest(requestId);
    Map<Long, SupplierSnapshot> supplierById =
        suppliers.snapshots(all.stream().map(Quotation::supplierId).toList());
    Map<Long, List<CounterOffer>> rounds =
        counterOffers.of(all.stream().map(Quotation::id).toList());
    return Comparison.of(purchaseRequest, all, supplierById, rounds);
  }

  /** Opens a negotiation round on a quotation of a closed request of the buyer's work unit. */
  @Transactional
  public QuotationResponse counterOffer(long id, CounterOfferRequest request) {
    Quotation quotation = quotationOfMyWorkUnit(id);
    PurchaseRequestView purchaseRequest = negotiable(quotation);
    QuotationStatus.Action.NEGOTIATE.applyTo(quotation.status());
    List<CounterOffer> rounds = counterOffers.of(id);
    if (!rounds.isEmpty()) {
      CounterOffer latest = rounds.get(rounds.size() - 1);
      if (latest.status() == CounterOfferStatus.PENDING) {
        throw ApiException.conflict("quotation.counter-offer.pending", latest.round());
      }
      if (rounds.size() >= CounterOffer.MAX_ROUNDS) {
        throw ApiException.businessRule("quotation.counter-offer.limit", CounterOffer.MAX_ROUNDS);
      }
    }
    Offer offer = offer(request.lines(), purchaseRequest, "lines");
    OffsetDateTime now = now();
    CounterOffer round =
        new CounterOffer(
            id,
            rounds.size() + 1,
            offer.prices(),
            offer.total(),
            request.message().strip(),
            currentUser.actorId(),
            now);
    counterOffers.persist(round);
    quotation.negotiated(now);
    quotations.flush();
    audit.record(
        "quotation.counter-offer.proposed",
        ENTITY,
        id,
        null,
        Map.of("round", round.round(), "total", round.proposedTotal()));
    SupplierSnapshot supplier = suppliers.snapshot(quotation.supplierId()).orElseThrow();
    notifications.record(
        Recipient.supplier(supplier.id(), supplier.email()),
        "quotation.counter-offer",
        "quotation:" + id + ":round:" + round.round() + ":proposed",
        null,
        Map.of("request", purchaseRequest.id(), "quotation", id, "title", purchaseRequest.title()));
    return response(quotation, purchaseRequest, supplier, counterOffers.of(id));
  }

  /**
   * Awards a quotation: places the order at the offer's prices, marks the request awarded and every
   * other quotation not awarded, all in one transaction. The request's row lock makes concurrent
   * awards of one request wait for each other; all but the first get 409.
   */
  @Transactional
  public OrderResponse accept(long id, String ifMatch) {
    long requestId =
        quotations
            .requestIdOf(id)
            .filter(requests::belongsToMyWorkUnit)
            .orElseThrow(() -> notFound(id));
    PurchaseRequestView purchaseRequest = requests.lockForAward(requestId);
    Quotation quotation = quotations.findForUpdate(id).orElseThrow(() -> notFound(id));
    Versions.checkIfMatch(ifMatch, quotation.version());
    QuotationStatus.Action.AWARD.applyTo(quotation.status());
    List<CounterOffer> rounds = counterOffers.of(id);
    if (!rounds.isEmpty() && rounds.get(rounds.size() - 1).status() == CounterOfferStatus.PENDING) {
      throw ApiException.conflict(
          "quotation.counter-offer.pending", rounds.get(rounds.size() - 1).round());
    }
    if (quotation.validUntil().isBefore(today())) {
      throw ApiException.businessRule("quotation.expired", quotation.validUntil());
    }
    Map<Integer, BigDecimal> prices = quotation.offer();
    OrderResponse order =
        orders.placeAward(
            new AwardedOrder(
                purchaseRequest.workUnitCode(),
                quotation.supplierId(),
                purchaseRequest.storefront(),
                requestId,
                id,
                purchaseRequest.deliveryPlace(),
                purchaseRequest.deliveryDate(),
                purchaseRequest.lines().stream()
                    .map(
                        l ->
                            new AwardedOrder.Line(
                                l.lineNo(),
                                l.listingId(),
                                l.description(),
                                l.quantity(),
                                l.unit(),
                                prices.get(l.lineNo())))
                    .toList()));
    OffsetDateTime now = now();
    Map<String, Object> before = summary(quotation);
    quotation.award(order.id(), now);
    audit.record("quotation.awarded", ENTITY, id, before, summary(quotation));
    notAwarded(requestId, now);
    requests.awarded(requestId, id, order.id());
    return order;
  }

  /** A cancelled request's quotations are not awarded. */
  void onCancelled(@Observes PurchaseRequestCancelled cancelled) {
    notAwarded(cancelled.purchaseRequestId(), now());
  }

  // --- Rules -----------------------------------------------------------------------------------

  /** Prices for every line of the request, each once. */
  record Offer(Map<Integer, BigDecimal> prices, BigDecimal total) {}

  private static Offer offer(List<PriceLine> lines, PurchaseRequestView request, String field) {
    Map<Integer, LineResponse> requestLines =
        request.lines().stream().collect(Collectors.toMap(LineResponse::lineNo, l -> l));
    Map<Integer, BigDecimal> prices = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      PriceLine line = lines.get(i);
      if (!requestLines.containsKey(line.lineNo())) {
        throw ApiException.invalid(
            field + "[" + i + "].lineNo", "quotation.line.unknown", requestLines.size());
      }
      if (prices.put(line.lineNo(), line.unitPrice().setScale(2, RoundingMode.UNNECESSARY))
          != null) {
        throw ApiException.invalid(field + "[" + i + "].lineNo", "quotation.line.duplicate");
      }
    }
    if (prices.size() != requestLines.size()) {
      throw ApiException.invalid(field, "quotation.lines.missing", requestLines.size());
    }
    BigDecimal total =
        prices.entrySet().stream()
            .map(
                e ->
                    e.getValue()
                        .multiply(BigDecimal.valueOf(requestLines.get(e.getKey()).quantity())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(MAX_TOTAL) > 0) {
      throw ApiException.invalid(field, "quotation.total.too-large");
    }
    return new Offer(prices, total);
  }

  private static void checkValidity(LocalDate validUntil, PurchaseRequestView request) {
    LocalDate deadlineDay =
        request.quotationDeadline().atZoneSameInstant(Clocks.CITY_ZONE).toLocalDate();
    if (validUntil.isBefore(deadlineDay)) {
      throw ApiException.invalid("validUntil", "quotation.valid-until.before-deadline");
    }
    if (validUntil.isAfter(deadlineDay.plusYears(3))) {
      throw ApiException.invalid("validUntil", "purchase-request.delivery.too-far");
    }
  }

  private QuotationVersion version(
      long quotationId, int number, Offer offer, QuotationRequest request, OffsetDateTime now) {
    return new QuotationVersion(
        quotationId,
        number,
        offer.prices(),
        offer.total(),
        request.deliveryDays(),
        request.validUntil(),
        notes(request),
        currentUser.actorId(),
        now);
  }

  private static String notes(QuotationRequest request) {
    return request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
  }

  /** A closed request whose quotations may still be negotiated (not awarded or cancelled). */
  private PurchaseRequestView negotiable(Quotation quotation) {
    PurchaseRequestView purchaseRequest =
        requests.view(quotation.purchaseRequestId()).orElseThrow();
    if (purchaseRequest.status() != PurchaseRequestStatus.CLOSED) {
      throw ApiException.conflict(
          "quotation.negotiation.not-closed", purchaseRequest.status().name());
    }
    return purchaseRequest;
  }

  private void notAwarded(long requestId, OffsetDateTime now) {
    for (Quotation other : quotations.submittedForUpdate(requestId)) {
      other.notAwarded(now);
      audit.record(
          "quotation.not-awarded",
          ENTITY,
          other.id(),
          Map.of("status", QuotationStatus.SUBMITTED),
          Map.of("status", other.status()));
    }
    quotations.flush();
  }

  private SupplierSnapshot verifiedSupplier() {
    SupplierSnapshot supplier = suppliers.mySnapshot();
    if (!supplier.verified()) {
      throw ApiException.businessRule("quotation.supplier.not-verified");
    }
    return supplier;
  }

  /**
   * Locks the request of the calling supplier's quotation for quoting. Requests are always locked
   * before their quotations (awards and cancellations do the same), so that no two transactions
   * wait for each other.
   */
  private PurchaseRequestView lockRequestOf(long quotationId, SupplierSnapshot supplier) {
    long requestId =
        quotations.requestIdOf(quotationId, supplier.id()).orElseThrow(() -> notFound(quotationId));
    return requests.lockForQuoting(requestId, supplier);
  }

  /** A quotation of the calling supplier, locked; 404 for another's. */
  private Quotation ownForUpdate(long id, SupplierSnapshot supplier) {
    return quotations
        .findForUpdate(id)
        .filter(q -> q.supplierId() == supplier.id())
        .orElseThrow(() -> notFound(id));
  }

  /** A quotation on a request of the caller's work unit, locked; 404 for another's. */
  private Quotation quotationOfMyWorkUnit(long id) {
    quotations
        .requestIdOf(id)
        .filter(requests::belongsToMyWorkUnit)
        .orElseThrow(() -> notFound(id));
    return quotations.findForUpdate(id).orElseThrow(() -> notFound(id));
  }

  /**
   * A quotation the caller may read: its own supplier's, or, once the request has closed, one on a
   * request of the caller's work unit (or any, for an auditor). Sealed ones are unknown (404).
   */
  private Quotation readable(long id) {
    Quotation quotation = quotations.findByIdOptional(id).orElseThrow(() -> notFound(id));
    Optional<SupplierSnapshot> me = suppliers.findMySnapshot();
    if (me.isPresent() && me.get().id() == quotation.supplierId()) {
      return quotation;
    }
    if (quotation.status() == QuotationStatus.WITHDRAWN) {
      throw notFound(id);
    }
    return requests
        .lockOfMyWorkUnitForReading(quotation.purchaseRequestId())
        .filter(PurchaseRequestView::unsealed)
        .map(r -> quotation)
        .orElseThrow(() -> notFound(id));
  }

  /** A request of the caller's work unit whose quotations may be read; 409 while sealed. */
  private PurchaseRequestView unsealed(long requestId) {
    PurchaseRequestView purchaseRequest =
        requests
            .lockOfMyWorkUnitForReading(requestId)
            .orElseThrow(
                () ->
                    ApiException.notFound("purchase-request.not-found", Long.toString(requestId)));
    if (!purchaseRequest.unsealed()) {
      throw ApiException.conflict("quotation.sealed", purchaseRequest.quotationDeadline());
    }
    return purchaseRequest;
  }

  private QuotationResponse response(
      Quotation quotation, PurchaseRequestView request, SupplierSnapshot supplier) {
    return response(quotation, request, supplier, counterOffers.of(quotation.id()));
  }

  private static QuotationResponse response(
      Quotation quotation,
      PurchaseRequestView request,
      SupplierSnapshot supplier,
      List<CounterOffer> rounds) {
    return QuotationResponses.of(quotation, request, supplier, rounds);
  }

  /**
   * What the audit log keeps of a quotation while its request is open: no prices, since the log is
   * readable by admins and auditors and quotations are sealed until the request closes (the
   * quotation's versions keep every offer).
   */
  private static Map<String, Object> sealedSummary(Quotation quotation) {
    return Map.of("status", quotation.status(), "version", quotation.currentVersion());
  }

  private static Map<String, Object> summary(Quotation quotation) {
    return Map.of(
        "status", quotation.status(),
        "version", quotation.currentVersion(),
        "total", quotation.offerTotal());
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("quotation.not-found", Long.toString(id));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
