package id.banggaelokal.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.catalog.ListingService;
import id.banggaelokal.catalog.ProductStock;
import id.banggaelokal.catalog.RentalCalendar;
import id.banggaelokal.catalog.api.ListingReference;
import id.banggaelokal.catalog.api.OrderLimits;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import id.banggaelokal.notification.NotificationService;
import id.banggaelokal.notification.api.Recipient;
import id.banggaelokal.order.api.AcceptDeliveryRequest;
import id.banggaelokal.order.api.AwardedOrder;
import id.banggaelokal.order.api.DeliveryRequest;
import id.banggaelokal.order.api.DirectOrderRequest;
import id.banggaelokal.order.api.OrderChanged;
import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.order.api.OrderSource;
import id.banggaelokal.order.api.PaymentRecorded;
import id.banggaelokal.order.api.PaymentRequest;
import id.banggaelokal.order.api.RatingRequest;
import id.banggaelokal.order.api.TimelineEntry;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.FieldError;
import id.banggaelokal.platform.error.ProblemKind;
import id.banggaelokal.platform.i18n.Messages;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.setting.SettingsService;
import id.banggaelokal.setting.api.Rates;
import id.banggaelokal.setting.api.SettingKey;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import id.banggaelokal.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Orders from placement to payment. Each verb belongs to one party — the work unit's buyer,
 * approver or treasurer, or the supplier — and is checked here: a party to the order acting out of
 * turn gets 403, anyone else 404. Every change appends to the order's timeline and the audit log.
 */
@ApplicationScoped
public class OrderService {

  static final String ENTITY = "order";
  private static final String SYSTEM = AuditLog.SYSTEM;

  /** The largest total the database keeps (numeric(17, 2)). */
  private static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999.99");

  private final OrderRepository orders;
  private final OrderRecords.Deliveries deliveries;
  private final OrderRecords.Invoices invoices;
  private final OrderRecords.Payments payments;
  private final OrderRecords.Ratings ratings;
  private final OrderRecords.Events events;
  private final DocumentNumbers numbers;
  private final SupplierService suppliers;
  private final ListingService listings;
  private final RentalCalendar rentals;
  private final ProductStock stock;
  private final SettingsService settings;
  private final WorkUnitService workUnits;
  private final NotificationService notifications;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Messages messages;
  private final ObjectMapper json;
  private final Event<PaymentRecorded> paymentsRecorded;
  private final Event<OrderChanged> changes;
  private final Clock clock;

  OrderService(
      OrderRepository orders,
      OrderRecords.Deliveries deliveries,
      OrderRecords.Invoices invoices,
      OrderRecords.Payments payments,
      OrderRecords.Ratings ratings,
      OrderRecords.Events events,
      DocumentNumbers numbers,
      SupplierService suppliers,
      ListingService listings,
      RentalCalendar rentals,
      ProductStock stock,
      SettingsService settings,
      WorkUnitService workUnits,
      NotificationService notifications,
      CurrentUser currentUser,
      AuditLog audit,
      Messages messages,
      ObjectMapper json,
      Event<PaymentRecorded> paymentsRecorded,
      Event<OrderChanged> changes,
      Clock clock) {
    this.orders = orders;
    this.deliveries = deliveries;
    this.invoices = invoices;
    this.payments = payments;
    this.ratings = ratings;
    this.events = events;
    this.numbers = numbers;
    this.suppliers = suppliers;
    this.listings = listings;
    this.rentals = rentals;
    this.stock = stock;
    this.settings = settings;
    this.workUnits = workUnits;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.audit = audit;
    this.messages = messages;
    this.json = json;
    this.paymentsRecorded = paymentsRecorded;
    this.changes = changes;
    this.clock = clock;
  }

  /** The parties of an order, and the role each acts in. */
  enum Party {
    BUYER(Roles.BUYER),
    APPROVER(Roles.APPROVER),
    TREASURER(Roles.TREASURER),
    SUPPLIER(Roles.SUPPLIER);

    private final String role;

    Party(String role) {
      this.role = role;
    }
  }

  // --- Placing --------------------------------------------------------------------------------

  /** Places the order of an award, in the award's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrderResponse placeAward(AwardedOrder award) {
    SupplierSnapshot supplier = verifiedSupplier(award.supplierId());
    // A request's line may name a listing of any supplier (its HPS reference); the order's line
    // keeps it only when it is the awarded supplier's own.
    Set<Long> own =
        listings.ofSupplier(
            supplier.id(),
            award.lines().stream()
                .map(AwardedOrder.Line::listingId)
                .filter(Objects::nonNull)
                .toList());
    List<OrderLine> lines =
        award.lines().stream()
            .map(
                l ->
                    new OrderLine(
                        l.lineNo(),
                        l.listingId() != null && own.contains(l.listingId()) ? l.listingId() : null,
                        l.description(),
                        l.quantity(),
                        l.unit(),
                        l.unitPrice().setScale(2, RoundingMode.UNNECESSARY)))
            .toList();
    return place(
        OrderSource.AWARD,
        award.workUnitCode(),
        supplier,
        award.storefront(),
        award.purchaseRequestId(),
        award.quotationId(),
        award.deliveryPlace(),
        award.deliveryDate(),
        lines,
        null);
  }

  /**
   * A buyer's direct order of published listings of one supplier, at their current prices. Rental
   * lines name their period, which must be free now (it is reserved when the supplier confirms).
   */
  @Transactional
  public OrderResponse placeDirect(DirectOrderRequest request) {
    String workUnit = currentUser.requireWorkUnitCode();
    if (request.deliveryDate().isBefore(today())) {
      throw ApiException.invalid("deliveryDate", "order.delivery-date.past");
    }
    if (request.deliveryDate().isAfter(today().plusYears(3))) {
      throw ApiException.invalid("deliveryDate", "purchase-request.delivery.too-far");
    }
    List<FieldError> errors = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    Long supplierId = null;
    Storefront storefront = null;
    Set<Long> listingsSeen = new HashSet<>();
    Map<Long, ListingReference> published =
        listings.publishedReferences(
            request.lines().stream().map(DirectOrderRequest.Line::listingId).toList());
    for (int i = 0; i < request.lines().size(); i++) {
      DirectOrderRequest.Line line = request.lines().get(i);
      String field = "lines[" + i + "]";
      ListingReference listing = published.get(line.listingId());
      if (listing == null) {
        errors.add(new FieldError(field + ".listingId", "order.line.listing"));
        continue;
      }
      if (!listingsSeen.add(listing.id())) {
        errors.add(new FieldError(field + ".listingId", "order.line.listing-twice"));
        continue;
      }
      if (supplierId == null) {
        supplierId = listing.supplierId();
        storefront = listing.storefront();
      } else if (supplierId != listing.supplierId() || storefront != listing.storefront()) {
        errors.add(new FieldError(field + ".listingId", "order.line.one-supplier"));
        continue;
      }
      OrderLimits limits = listing.limits();
      if (!limits.allows(line.quantity())) {
        errors.add(
            new FieldError(
                field + ".quantity",
                line.quantity() < limits.minimumQuantity()
                    ? "order.line.below-minimum"
                    : "order.line.above-capacity"));
        continue;
      }
      if (request.deliveryDate().isBefore(today().plusDays(limits.leadTimeDays()))) {
        errors.add(new FieldError(field + ".listingId", "order.line.lead-time"));
        continue;
      }
      int periods = 1;
      boolean rental = listing.storefront() == Storefront.RENTAL;
      boolean hasPeriod = line.rentalFrom() != null || line.rentalTo() != null;
      if (rental) {
        if (line.rentalFrom() == null || line.rentalTo() == null) {
          errors.add(new FieldError(field + ".rentalFrom", "order.line.rental-period"));
          continue;
        }
        long days = ChronoUnit.DAYS.between(line.rentalFrom(), line.rentalTo()) + 1;
        if (days < 1 || days > RentalCalendar.MAX_DAYS || line.rentalFrom().isBefore(today())) {
          errors.add(new FieldError(field + ".rentalTo", "order.line.rental-range"));
          continue;
        }
        if (listing.unit() == Unit.PER_HOUR) {
          if (line.hours() == null || line.hours() > days * 24) {
            errors.add(new FieldError(field + ".hours", "order.line.hours"));
            continue;
          }
          periods = line.hours();
        } else if (line.hours() != null) {
          errors.add(new FieldError(field + ".hours", "order.line.hours-not-hourly"));
          continue;
        } else {
          periods = listing.unit() == Unit.PER_WEEK ? (int) ((days + 6) / 7) : (int) days;
        }
        int free = rentals.availability(listing.id(), line.rentalFrom(), line.rentalTo()).minFree();
        if (free < line.quantity()) {
          errors.add(new FieldError(field + ".quantity", "order.line.rental-unavailable"));
          continue;
        }
      } else if (hasPeriod || line.hours() != null) {
        errors.add(new FieldError(field + ".rentalFrom", "order.line.not-rental"));
        continue;
      }
      lines.add(
          new OrderLine(
              i + 1,
              listing.id(),
              listing.title(),
              line.quantity(),
              listing.unit(),
              listing.price(),
              periods,
              rental ? line.rentalFrom() : null,
              rental ? line.rentalTo() : null));
    }
    BigDecimal total =
        lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(MAX_TOTAL) > 0) {
      errors.add(new FieldError("lines", "order.total.too-large"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    SupplierSnapshot supplier = verifiedSupplier(supplierId);
    return place(
        OrderSource.DIRECT,
        workUnit,
        supplier,
        storefront,
        null,
        null,
        request.deliveryPlace().strip(),
        request.deliveryDate(),
        lines,
        blankToNull(request.note()));
  }

  private OrderResponse place(
      OrderSource source,
      String workUnit,
      SupplierSnapshot supplier,
      Storefront storefront,
      Long purchaseRequestId,
      Long quotationId,
      String deliveryPlace,
      LocalDate deliveryDate,
      List<OrderLine> lines,
      String note) {
    OffsetDateTime now = now();
    Rates rates = settings.on(today());
    Order order =
        Order.place(
            source,
            workUnit,
            supplier.id(),
            storefront,
            purchaseRequestId,
            quotationId,
            deliveryPlace,
            deliveryDate,
            lines,
            note,
            rates.get(SettingKey.APPROVAL_THRESHOLD),
            respondBy(now, rates),
            currentUser.actorId(),
            now);
    long event =
        orders.insertPlaced(order, currentUser.actorId(), Party.BUYER.role, "order.placed", note);
    OrderResponse placed = summary(order, supplier, null, today());
    audit.record("order.placed", ENTITY, order.id(), null, placed);
    notify(order, Party.BUYER.role, "order.placed", note, event);
    changes.fire(new OrderChanged("order.placed", placed, now));
    return placed;
  }

  // --- Approval and confirmation --------------------------------------------------------------

  @Transactional
  public OrderResponse approve(long id, String ifMatch) {
    Order order = forAction(id, Party.APPROVER, ifMatch);
    if (order.placedBy().equals(currentUser.actorId())) {
      // Separation of duties: an approval is a second person's check of a buyer's order.
      throw ApiException.forbidden("order.approve.own-order");
    }
    OffsetDateTime now = now();
    String number = numbers.next(DocumentNumbers.Kind.SP, order.workUnitCode(), year());
    order.approve(number, respondBy(now, settings.on(today())), now);
    return changed(order, Party.APPROVER, "order.approved", number, now);
  }

  @Transactional
  public OrderResponse reject(long id, String reason, String ifMatch) {
    Order order = forAction(id, Party.APPROVER, ifMatch);
    OffsetDateTime now = now();
    order.reject(reason.strip(), now);
    return changed(order, Party.APPROVER, "order.rejected", reason.strip(), now);
  }

  /**
   * The supplier confirms: reserves the product stock and rental days of a direct order, all or
   * nothing (409 when anything is no longer available).
   */
  @Transactional
  public OrderResponse confirm(long id, String ifMatch) {
    Order order = forAction(id, Party.SUPPLIER, ifMatch);
    OffsetDateTime now = now();
    if (order.respondBy() != null && !now.isBefore(order.respondBy())) {
      throw ApiException.conflict("order.response-time-over", order.respondBy());
    }
    order.confirm(now);
    verifiedSupplier(order.supplierId());
    if (!workUnits.isActive(order.workUnitCode())) {
      // Its staff could neither accept nor pay nor cancel it: nothing is reserved for it.
      throw ApiException.businessRule("order.work-unit.inactive", order.workUnitCode());
    }
    if (order.source() == OrderSource.DIRECT) {
      for (OrderLine line : byListing(order)) {
        if (line.rental()) {
          order.line(line.lineNo()).booked(book(order, line));
        } else if (order.storefront() == Storefront.FLAGSHIP_PRODUCT) {
          stock.reserve(line.listingId(), line.quantity());
        }
      }
    }
    order.numberIfNone(() -> numbers.next(DocumentNumbers.Kind.SP, order.workUnitCode(), year()));
    return changed(order, Party.SUPPLIER, "order.confirmed", order.poNumber(), now);
  }

  /** Books a rental line's days; a listing no longer offered is as unavailable as a full one. */
  private long book(Order order, OrderLine line) {
    try {
      return rentals.book(
          line.listingId(),
          line.quantity(),
          line.rentalFrom(),
          line.rentalTo(),
          "order:" + order.id());
    } catch (ApiException e) {
      if (e.kind() == ProblemKind.NOT_FOUND) {
        throw ApiException.conflict("order.rental.withdrawn", line.lineNo());
      }
      throw e;
    }
  }

  @Transactional
  public OrderResponse decline(long id, String reason, String ifMatch) {
    Order order = forAction(id, Party.SUPPLIER, ifMatch);
    OffsetDateTime now = now();
    order.decline(reason.strip(), now);
    return changed(order, Party.SUPPLIER, "order.declined", reason.strip(), now);
  }

  /**
   * Cancels, or asks to: the buyer alone before confirmation; after it both parties, and the second
   * call cancels and releases what was reserved.
   */
  @Transactional
  public OrderResponse cancel(long id, String reason, String ifMatch) {
    Order order = orders.findForUpdate(id).orElseThrow(() -> notFound(id));
    Party party;
    if (isParty(order, Party.BUYER)) {
      party = Party.BUYER;
    } else if (isParty(order, Party.SUPPLIER)) {
      party = Party.SUPPLIER;
    } else {
      throw refusal(order);
    }
    Versions.checkIfMatch(ifMatch, order.version());
    OffsetDateTime now = now();
    boolean wasConfirmed = order.confirmedAt() != null;
    String note = blankToNull(reason);
    boolean cancelled = order.requestCancel(party == Party.BUYER, note, now);
    if (!cancelled) {
      return changed(order, party, "order.cancel-requested", note, now);
    }
    if (wasConfirmed) {
      release(order);
    }
    return changed(order, party, "order.cancelled", note, now);
  }

  /**
   * Cancels up to {@code limit} orders not approved or confirmed in time, skipping any another
   * transaction holds; safe on several replicas at once.
   *
   * @return how many this call cancelled
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int cancelUnanswered(int limit) {
    OffsetDateTime now = now();
    List<Order> expired = orders.lockUnanswered(now, limit);
    for (Order order : expired) {
      OrderStatus before = order.status();
      String reason =
          messages.get(
              Messages.INDONESIAN,
              before == OrderStatus.PLACED && order.approvalRequired()
                  ? "order.expired.approval"
                  : "order.expired.confirmation");
      order.expire(reason, now);
      orders.flush();
      audit.record(
          "order.expired",
          ENTITY,
          order.id(),
          Map.of("status", before),
          Map.of("status", "CANCELLED"));
      event(order, SYSTEM, "order.expired", reason, now);
      changes.fire(new OrderChanged("order.expired", details(order), now));
    }
    return expired.size();
  }

  /**
   * Tells the treasurer and the supplier of up to {@code limit} invoiced orders that their invoice
   * is past its due date, once per invoice, skipping any another transaction holds; safe on several
   * replicas at once.
   *
   * @return how many orders this call noticed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int noticeOverdue(int limit) {
    OffsetDateTime now = now();
    List<Order> overdue = orders.lockOverdueUnnoticed(today(), limit);
    for (Order order : overdue) {
      Invoice invoice = invoices.findById(order.id());
      invoice.overdueNoticed(now);
      event(order, SYSTEM, "order.overdue", invoice.number() + ", " + invoice.dueOn(), now);
    }
    return overdue.size();
  }

  // --- Delivery and handover ------------------------------------------------------------------

  @Transactional
  public OrderResponse recordDelivery(long id, DeliveryRequest request) {
    Order order = forAction(id, Party.SUPPLIER, null);
    OrderStatus.Action.DELIVER.applyTo(order.status());
    if (request.deliveredOn().isAfter(today())) {
      throw ApiException.invalid("deliveredOn", "order.delivery.future");
    }
    LocalDate confirmedOn = order.confirmedAt().atZoneSameInstant(Clocks.CITY_ZONE).toLocalDate();
    if (request.deliveredOn().isBefore(confirmedOn)) {
      throw ApiException.invalid(
          "deliveredOn", "order.delivery.before-confirmation", confirmedOn.toString());
    }
    Map<Integer, Integer> quantities = new TreeMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      DeliveryRequest.Quantity line = request.lines().get(i);
      String field = "lines[" + i + "]";
      if (!order.hasLine(line.lineNo())) {
        errors.add(new FieldError(field + ".lineNo", "order.line.unknown"));
      } else if (quantities.containsKey(line.lineNo())) {
        errors.add(new FieldError(field + ".lineNo", "order.line.duplicate"));
      } else if (line.quantity() < 1) {
        errors.add(new FieldError(field + ".quantity", "order.delivery.quantity"));
      } else if (line.quantity() > order.line(line.lineNo()).undelivered()) {
        errors.add(new FieldError(field + ".quantity", "order.delivery.too-many"));
      } else {
        quantities.put(line.lineNo(), line.quantity());
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    OffsetDateTime now = now();
    Delivery delivery =
        new Delivery(
            order.id(),
            request.deliveredOn(),
            blankToNull(request.note()),
            quantities.entrySet().stream()
                .map(e -> new DeliveryLine(e.getKey(), e.getValue()))
                .toList(),
            currentUser.actorId(),
            now);
    deliveries.persist(delivery);
    order.recordDelivery(quantities, now);
    OrderResponse response =
        changed(order, Party.SUPPLIER, "order.delivery-recorded", "#" + delivery.id(), now);
    if (order.status() == OrderStatus.DELIVERED) {
      event(order, SYSTEM, "order.delivered", null, now);
    }
    return response;
  }

  /** The buyer accepts a delivery (all, or part per line) and the handover record is issued. */
  @Transactional
  public OrderResponse acceptDelivery(
      long id, long deliveryId, AcceptDeliveryRequest request, String ifMatch) {
    Order order = forAction(id, Party.BUYER, ifMatch);
    Delivery delivery = deliveryOf(order, deliveryId);
    requireAnswerable(order, OrderStatus.Action.ACCEPT);
    Map<Integer, Integer> delivered =
        delivery.lines().stream()
            .collect(Collectors.toMap(DeliveryLine::lineNo, DeliveryLine::quantity));
    Map<Integer, Integer> accepted = new TreeMap<>(delivered);
    List<FieldError> errors = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<DeliveryRequest.Quantity> given =
        request == null || request.lines() == null ? List.of() : request.lines();
    for (int i = 0; i < given.size(); i++) {
      DeliveryRequest.Quantity line = given.get(i);
      String field = "lines[" + i + "]";
      if (!delivered.containsKey(line.lineNo())) {
        errors.add(new FieldError(field + ".lineNo", "order.delivery.line-unknown"));
      } else if (!seen.add(line.lineNo())) {
        errors.add(new FieldError(field + ".lineNo", "order.line.duplicate"));
      } else if (line.quantity() > delivered.get(line.lineNo())) {
        errors.add(new FieldError(field + ".quantity", "order.delivery.accept-too-many"));
      } else {
        accepted.put(line.lineNo(), line.quantity());
      }
    }
    if (errors.isEmpty() && accepted.values().stream().allMatch(q -> q == 0)) {
      errors.add(new FieldError("lines", "order.delivery.nothing-accepted"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    OffsetDateTime now = now();
    String bast = numbers.next(DocumentNumbers.Kind.BAST, order.workUnitCode(), year());
    delivery.accept(accepted, bast, today(), currentUser.actorId(), now);
    Map<Integer, int[]> answer = new TreeMap<>();
    delivered.forEach((lineNo, q) -> answer.put(lineNo, new int[] {q, accepted.get(lineNo)}));
    order.answerDelivery(answer, false, now);
    return changed(order, Party.BUYER, "order.delivery-accepted", bast, now);
  }

  @Transactional
  public OrderResponse disputeDelivery(long id, long deliveryId, String reason, String ifMatch) {
    Order order = forAction(id, Party.BUYER, ifMatch);
    Delivery delivery = deliveryOf(order, deliveryId);
    requireAnswerable(order, OrderStatus.Action.DISPUTE);
    OffsetDateTime now = now();
    delivery.dispute(reason.strip(), currentUser.actorId(), now);
    Map<Integer, int[]> answer = new TreeMap<>();
    delivery.lines().forEach(l -> answer.put(l.lineNo(), new int[] {l.quantity(), 0}));
    order.answerDelivery(answer, true, now);
    return changed(order, Party.BUYER, "order.delivery-disputed", reason.strip(), now);
  }

  /** The buyer takes what was accepted as the whole order and closes the rest. */
  @Transactional
  public OrderResponse closeRemainder(long id, String ifMatch) {
    Order order = forAction(id, Party.BUYER, ifMatch);
    OrderStatus.Action.CLOSE_REMAINDER.applyTo(order.status());
    if (deliveries.anyPending(order.id())) {
      throw ApiException.conflict("order.delivery.pending");
    }
    if (order.acceptedAmount().signum() == 0) {
      throw ApiException.conflict("order.nothing-accepted");
    }
    OffsetDateTime now = now();
    releaseUndelivered(order);
    order.closeRemainder(now);
    return changed(order, Party.BUYER, "order.remainder-closed", null, now);
  }

  // --- Invoice, payment, rating ---------------------------------------------------------------

  /** The supplier's invoice for the accepted quantities, with the taxes of today's rates. */
  @Transactional
  public OrderResponse invoice(long id, String ifMatch) {
    Order order = forAction(id, Party.SUPPLIER, ifMatch);
    OrderStatus.Action.INVOICE.applyTo(order.status());
    // The tax status of a supplier under review (after it changed it) is not checked yet.
    SupplierSnapshot supplier = verifiedSupplier(order.supplierId());
    LocalDate today = today();
    Rates rates = settings.on(today);
    Taxes.Computed taxes =
        Taxes.compute(
            order.acceptedAmount(),
            order.storefront(),
            supplier.pkp(),
            supplier.pp55Certificate(),
            rates);
    OffsetDateTime now = now();
    String number = numbers.next(DocumentNumbers.Kind.INV, "S" + order.supplierId(), year());
    invoices.persist(
        new Invoice(
            order.id(),
            number,
            today,
            today.plusDays(rates.days(SettingKey.PAYMENT_TERM_DAYS)),
            taxes,
            toJson(rates.values()),
            currentUser.actorId(),
            now));
    order.invoiced(now);
    OrderResponse response = changed(order, Party.SUPPLIER, "order.invoiced", number, now);
    if (taxes.netPayable().signum() == 0) {
      // Nothing to pay (a free order): it is paid and complete at once.
      order.paid(BigDecimal.ZERO, BigDecimal.ZERO, now);
      orders.flush();
      event(order, SYSTEM, "order.completed", null, now);
      return details(order);
    }
    return response;
  }

  /** A payment by the work unit's treasurer; the order is paid and completed when it is whole. */
  @Transactional
  public OrderResponse pay(long id, PaymentRequest request) {
    Order order = forAction(id, Party.TREASURER, null);
    OrderStatus.Action.PAY.applyTo(order.status());
    Invoice invoice = invoices.findById(order.id());
    if (request.paidOn().isAfter(today())) {
      throw ApiException.invalid("paidOn", "order.payment.future");
    }
    if (request.paidOn().isBefore(invoice.issuedOn())) {
      throw ApiException.invalid("paidOn", "order.payment.before-invoice");
    }
    BigDecimal amount = request.amount().setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal outstanding = invoice.netPayable().subtract(order.amountPaid());
    if (amount.compareTo(outstanding) > 0) {
      throw ApiException.businessRule("order.payment.exceeds", outstanding.toPlainString());
    }
    OffsetDateTime now = now();
    payments.persist(
        new Payment(
            order.id(),
            amount,
            request.paidOn(),
            request.method(),
            request.reference().strip(),
            currentUser.actorId(),
            now));
    boolean completed = order.paid(amount, invoice.netPayable(), now);
    paymentsRecorded.fire(
        new PaymentRecorded(
            order.id(),
            order.supplierId(),
            order.workUnitCode(),
            order.storefront(),
            amount,
            request.paidOn(),
            invoice.issuedOn(),
            completed));
    OrderResponse response =
        changed(
            order,
            Party.TREASURER,
            completed ? "order.paid" : "order.payment-recorded",
            amount.toPlainString() + " " + request.reference().strip(),
            now);
    if (completed) {
      event(order, SYSTEM, "order.completed", null, now);
    }
    return response;
  }

  /** The buyer rates a completed order once; the supplier's public rating follows. */
  @Transactional
  public OrderResponse rate(long id, RatingRequest request) {
    Order order = forAction(id, Party.BUYER, null);
    if (order.status() != OrderStatus.COMPLETED) {
      throw ApiException.conflict("order.rating.not-completed", order.status().name());
    }
    if (ratings.findByIdOptional(order.id()).isPresent()) {
      throw ApiException.conflict("order.rating.exists");
    }
    OffsetDateTime now = now();
    ratings.persistAndFlush(
        new Rating(
            order.id(),
            order.supplierId(),
            request.score(),
            blankToNull(request.comment()),
            currentUser.actorId(),
            now));
    Object[] summary = ratings.summary(order.supplierId());
    BigDecimal average =
        BigDecimal.valueOf(((Number) summary[0]).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    suppliers.rated(order.supplierId(), average, ((Number) summary[1]).intValue());
    order.documentChanged(now);
    orders.flush();
    audit.record("order.rated", ENTITY, order.id(), null, Map.of("score", request.score()));
    event(order, Party.BUYER.role, "order.rated", Integer.toString(request.score()), now);
    return get(id);
  }

  @Transactional
  public OrderResponse replyToRating(long id, String reply, String ifMatch) {
    Order order = forAction(id, Party.SUPPLIER, ifMatch);
    Rating rating =
        ratings
            .findByIdOptional(order.id())
            .orElseThrow(() -> ApiException.conflict("order.rating.missing"));
    OffsetDateTime now = now();
    rating.reply(reply.strip(), now);
    order.documentChanged(now);
    orders.flush();
    audit.record("order.rating-replied", ENTITY, order.id(), null, Map.of("reply", reply.strip()));
    event(order, Party.SUPPLIER.role, "order.rating-replied", null, now);
    return get(id);
  }

  // --- Reading --------------------------------------------------------------------------------

  /** An order the caller is a party to (or any, for an auditor), with its documents; else 404. */
  @Transactional
  public OrderResponse get(long id) {
    Order order = orders.findWithLines(id).filter(this::visible).orElseThrow(() -> notFound(id));
    return details(order);
  }

  @Transactional
  public List<TimelineEntry> timeline(long id) {
    orders.findByIdOptional(id).filter(this::visible).orElseThrow(() -> notFound(id));
    return events.of(id).stream()
        .map(
            e ->
                new TimelineEntry(
                    e.occurredAt(), e.actor(), e.role(), e.action(), e.status(), e.note()))
        .toList();
  }

  /** The caller's orders: its work unit's, its own as a supplier, or all for an auditor. */
  @Transactional
  public Page<OrderResponse> list(
      OrderStatus status, LocalDate from, LocalDate to, boolean overdue, PageParams paging) {
    String workUnit = null;
    Long supplierId = null;
    if (!currentUser.hasRole(Roles.AUDITOR)) {
      if (isStaff()) {
        workUnit = currentUser.requireWorkUnitCode();
      } else if (currentUser.hasRole(Roles.SUPPLIER)) {
        Optional<SupplierSnapshot> me = suppliers.findMySnapshot();
        if (me.isEmpty()) {
          return Page.of(List.of(), paging, 0);
        }
        supplierId = me.get().id();
      } else {
        throw ApiException.forbidden("problem.forbidden.detail");
      }
    }
    LocalDate today = today();
    Page<Order> page =
        orders.list(
            new OrderRepository.Filter(
                workUnit,
                supplierId,
                status,
                from == null ? null : startOf(from),
                to == null ? null : startOf(to.plusDays(1)),
                overdue,
                today),
            paging);
    List<Long> ids = page.items().stream().map(Order::id).toList();
    Map<Long, Invoice> invoiceByOrder =
        ids.isEmpty()
            ? Map.of()
            : invoices.list("orderId in ?1", ids).stream()
                .collect(Collectors.toMap(Invoice::orderId, i -> i));
    Map<Long, SupplierSnapshot> supplierById =
        suppliers.snapshots(page.items().stream().map(Order::supplierId).toList());
    return page.map(
        o -> summary(o, supplierById.get(o.supplierId()), invoiceByOrder.get(o.id()), today));
  }

  // --- Parties --------------------------------------------------------------------------------

  private boolean isStaff() {
    return currentUser.hasRole(Roles.BUYER)
        || currentUser.hasRole(Roles.APPROVER)
        || currentUser.hasRole(Roles.TREASURER);
  }

  private boolean ofMyWorkUnit(Order order) {
    return currentUser.workUnitCode().map(order.workUnitCode()::equals).orElse(false);
  }

  private boolean isMySupplier(Order order) {
    return currentUser.hasRole(Roles.SUPPLIER)
        && suppliers.findMySnapshot().map(s -> s.id() == order.supplierId()).orElse(false);
  }

  private boolean isParty(Order order, Party party) {
    return party == Party.SUPPLIER
        ? isMySupplier(order)
        : currentUser.hasRole(party.role) && ofMyWorkUnit(order);
  }

  private boolean visible(Order order) {
    return currentUser.hasRole(Roles.AUDITOR)
        || (isStaff() && ofMyWorkUnit(order))
        || isMySupplier(order);
  }

  /** The order, locked, when the caller is {@code party} to it; 403 for other parties, else 404. */
  private Order forAction(long id, Party party, String ifMatch) {
    Order order = orders.findForUpdate(id).orElseThrow(() -> notFound(id));
    if (!isParty(order, party)) {
      throw refusal(order);
    }
    Versions.checkIfMatch(ifMatch, order.version());
    return order;
  }

  private ApiException refusal(Order order) {
    return visible(order)
        ? ApiException.forbidden("order.party", order.id())
        : notFound(order.id());
  }

  // --- Helpers --------------------------------------------------------------------------------

  private SupplierSnapshot verifiedSupplier(long supplierId) {
    return suppliers
        .snapshot(supplierId)
        .filter(SupplierSnapshot::verified)
        .orElseThrow(() -> ApiException.businessRule("order.supplier.not-verified"));
  }

  /**
   * Gives back what was reserved for an order and will not be handed over: the product stock, and
   * the rental units beyond those accepted (their bookings keep only the accepted quantity).
   */
  private void releaseUndelivered(Order order) {
    for (OrderLine line : byListing(order)) {
      if (line.quantity() <= line.acceptedQuantity()) {
        continue;
      }
      if (line.bookingId() != null) {
        rentals.shrink(line.bookingId(), line.acceptedQuantity());
      } else if (order.source() == OrderSource.DIRECT
          && order.storefront() == Storefront.FLAGSHIP_PRODUCT) {
        stock.release(line.listingId(), line.quantity() - line.acceptedQuantity());
      }
    }
  }

  private void release(Order order) {
    for (OrderLine line : byListing(order)) {
      if (line.bookingId() != null) {
        rentals.release(line.bookingId());
      } else if (order.source() == OrderSource.DIRECT
          && order.storefront() == Storefront.FLAGSHIP_PRODUCT
          && line.quantity() > line.acceptedQuantity()) {
        stock.release(line.listingId(), line.quantity() - line.acceptedQuantity());
      }
    }
  }

  /**
   * An order's lines in the order of their listings' ids, in which stock and rental days are
   * reserved and released: two orders of the same listings, named in another order, would otherwise
   * lock each other's rows (a deadlock, which PostgreSQL ends with an error: 409).
   */
  private static List<OrderLine> byListing(Order order) {
    return order.lines().stream()
        .sorted(
            Comparator.comparing(
                OrderLine::listingId, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private Delivery deliveryOf(Order order, long deliveryId) {
    return deliveries
        .findByIdOptional(deliveryId)
        .filter(d -> d.orderId() == order.id())
        .orElseThrow(
            () -> ApiException.notFound("order.delivery.not-found", Long.toString(deliveryId)));
  }

  /** A delivery is answered (accepted or disputed) only while the order awaits the answer. */
  private static void requireAnswerable(Order order, OrderStatus.Action answer) {
    if (!order.answerable()) {
      answer.applyTo(order.status());
    }
  }

  private OffsetDateTime respondBy(OffsetDateTime now, Rates rates) {
    return WorkingDays.after(now, rates.days(SettingKey.RESPONSE_WORKING_DAYS), Clocks.CITY_ZONE);
  }

  /** Flushes a change and records it in the audit log and the timeline. */
  private OrderResponse changed(
      Order order, Party party, String action, String note, OffsetDateTime now) {
    orders.flush();
    audit.record(action, ENTITY, order.id(), null, Map.of("status", order.status()));
    event(order, party.role, action, note, now);
    OrderResponse changed = details(order);
    changes.fire(new OrderChanged(action, changed, now));
    return changed;
  }

  /**
   * Appends to the timeline, and notifies (through the outbox, in this transaction) the parties
   * that must act on it or know.
   */
  private void event(Order order, String role, String action, String note, OffsetDateTime now) {
    String actor = SYSTEM.equals(role) ? SYSTEM : currentUser.actorId();
    long event = events.append(order.id(), actor, role, action, order.status(), note, now);
    notify(order, role, action, note, event);
  }

  /** Tells whoever must hear of a step of the timeline, once per recipient and entry. */
  private void notify(Order order, String role, String action, String note, long event) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("order", order.id());
    arguments.put("detail", note == null ? "" : note);
    for (Map.Entry<String, Recipient> target : recipients(order, role, action).entrySet()) {
      notifications.record(
          target.getValue(), target.getKey(), "order-event:" + event, order.id(), arguments);
    }
  }

  /** Who must hear of a step, and under which event name. */
  private Map<String, Recipient> recipients(Order order, String role, String action) {
    Map<String, Recipient> to = new LinkedHashMap<>();
    boolean byBuyer = Party.BUYER.role.equals(role);
    switch (action) {
      case "order.placed" -> {
        if (order.approvalRequired()) {
          to.put("order.approval-needed", staff(order, Roles.APPROVER));
        } else {
          to.put(action, supplierOf(order));
        }
      }
      case "order.approved",
          "order.delivery-accepted",
          "order.delivery-disputed",
          "order.payment-recorded",
          "order.paid",
          "order.rated" ->
          to.put(action, supplierOf(order));
      case "order.rejected", "order.confirmed", "order.declined", "order.delivery-recorded" ->
          to.put(action, staff(order, Roles.BUYER));
      case "order.cancel-requested", "order.cancelled" -> {
        if (!byBuyer) {
          to.put(action, staff(order, Roles.BUYER));
        } else if (order.approvalRequired() && order.approvedAt() == null) {
          to.put(action + ".approver", staff(order, Roles.APPROVER));
        } else {
          to.put(action, supplierOf(order));
        }
      }
      case "order.expired" -> {
        if (order.approvalRequired() && order.approvedAt() == null) {
          to.put(action + ".approver", staff(order, Roles.APPROVER));
        } else {
          to.put(action, supplierOf(order));
        }
        to.put(action + ".buyer", staff(order, Roles.BUYER));
      }
      case "order.remainder-closed" -> to.put(action, supplierOf(order));
      case "order.overdue" -> {
        to.put(action, staff(order, Roles.TREASURER));
        to.put(action + ".supplier", supplierOf(order));
      }
      case "order.invoiced" -> to.put(action, staff(order, Roles.TREASURER));
      default -> {
        // Steps nobody else has to act on (delivered, completed, replies) notify nobody.
      }
    }
    return to;
  }

  private Recipient supplierOf(Order order) {
    String email = suppliers.snapshot(order.supplierId()).map(SupplierSnapshot::email).orElse(null);
    return Recipient.supplier(order.supplierId(), email);
  }

  private Recipient staff(Order order, String role) {
    return Recipient.workUnit(
        order.workUnitCode(), role, workUnits.emailOf(order.workUnitCode()).orElse(null));
  }

  private OrderResponse details(Order order) {
    SupplierSnapshot supplier = suppliers.snapshot(order.supplierId()).orElseThrow();
    LocalDate today = today();
    Invoice invoice = invoices.findByIdOptional(order.id()).orElse(null);
    OrderResponse summary = summary(order, supplier, invoice, today);
    List<OrderResponse.DeliveryInfo> deliveryInfos =
        deliveries.of(order.id()).stream().map(OrderService::delivery).toList();
    List<OrderResponse.PaymentInfo> paymentInfos =
        payments.of(order.id()).stream()
            .map(
                p ->
                    new OrderResponse.PaymentInfo(
                        p.id(), p.amount(), p.paidOn(), p.method(), p.reference(), p.recordedAt()))
            .toList();
    OrderResponse.RatingInfo rating =
        ratings
            .findByIdOptional(order.id())
            .map(
                r ->
                    new OrderResponse.RatingInfo(
                        r.score(), r.comment(), r.ratedAt(), r.reply(), r.repliedAt()))
            .orElse(null);
    return new OrderResponse(
        summary.id(),
        summary.source(),
        summary.status(),
        summary.workUnitCode(),
        summary.supplier(),
        summary.storefront(),
        summary.purchaseRequestId(),
        summary.quotationId(),
        summary.lines(),
        summary.total(),
        summary.approvalRequired(),
        summary.poNumber(),
        summary.statusReason(),
        summary.respondBy(),
        summary.cancelRequestedByBuyer(),
        summary.cancelRequestedBySupplier(),
        summary.deliveryPlace(),
        summary.deliveryDate(),
        summary.note(),
        summary.invoice(),
        summary.amountPaid(),
        summary.overdue(),
        deliveryInfos,
        paymentInfos,
        rating,
        summary.placedAt(),
        summary.confirmedAt(),
        summary.updatedAt(),
        summary.version());
  }

  private static OrderResponse.DeliveryInfo delivery(Delivery d) {
    return new OrderResponse.DeliveryInfo(
        d.id(),
        d.deliveredOn(),
        d.status().name(),
        d.lines().stream()
            .map(
                l ->
                    new OrderResponse.DeliveryLineInfo(
                        l.lineNo(), l.quantity(), l.acceptedQuantity()))
            .toList(),
        d.note(),
        d.disputeReason(),
        d.bastNumber(),
        d.bastDate(),
        d.recordedAt());
  }

  private static OrderResponse summary(
      Order order, SupplierSnapshot supplier, Invoice invoice, LocalDate today) {
    boolean cancelPending =
        order.status() == OrderStatus.CONFIRMED || order.status() == OrderStatus.DISPUTED;
    return new OrderResponse(
        order.id(),
        order.source(),
        order.status(),
        order.workUnitCode(),
        new OrderResponse.SupplierInfo(supplier.id(), supplier.tradingName()),
        order.storefront(),
        order.purchaseRequestId(),
        order.quotationId(),
        order.lines().stream()
            .map(
                l ->
                    new OrderResponse.Line(
                        l.lineNo(),
                        l.listingId(),
                        l.description(),
                        l.quantity(),
                        l.unit(),
                        l.unitPrice(),
                        l.periods(),
                        l.amount(),
                        l.rentalFrom(),
                        l.rentalTo(),
                        l.deliveredQuantity(),
                        l.acceptedQuantity()))
            .toList(),
        order.total(),
        order.approvalRequired(),
        order.poNumber(),
        order.statusReason(),
        order.respondBy(),
        cancelPending ? order.buyerCancelRequest() : null,
        cancelPending ? order.supplierCancelRequest() : null,
        order.deliveryPlace(),
        order.deliveryDate(),
        order.note(),
        invoice == null
            ? null
            : new OrderResponse.InvoiceInfo(
                invoice.number(),
                invoice.issuedOn(),
                invoice.dueOn(),
                invoice.subtotal(),
                invoice.taxLines().stream()
                    .map(
                        t ->
                            new OrderResponse.TaxLineInfo(
                                t.tax(), t.treatment(), t.base(), t.rate(), t.amount()))
                    .toList(),
                invoice.total(),
                invoice.netPayable()),
        order.amountPaid(),
        invoice != null && order.status() == OrderStatus.INVOICED && invoice.overdue(today),
        null,
        null,
        null,
        order.placedAt(),
        order.confirmedAt(),
        order.updatedAt(),
        order.version());
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("order.not-found", Long.toString(id));
  }

  private OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime();
  }

  private int year() {
    return today().getYear();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
