package id.banggaelokal.order;

import id.banggaelokal.order.api.AwardedOrder;
import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Orders: placed by awards (and later directly), read by their parties — the work unit's staff, the
 * supplier — and by auditors. Anyone else is told the order does not exist (404).
 */
@ApplicationScoped
public class OrderService {

  static final String ENTITY = "order";

  private final OrderRepository orders;
  private final SupplierService suppliers;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;

  OrderService(
      OrderRepository orders,
      SupplierService suppliers,
      CurrentUser currentUser,
      AuditLog audit,
      Clock clock) {
    this.orders = orders;
    this.suppliers = suppliers;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** Places the order of an award, in the award's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrderResponse placeAward(AwardedOrder award) {
    SupplierSnapshot supplier =
        suppliers
            .snapshot(award.supplierId())
            .filter(SupplierSnapshot::verified)
            .orElseThrow(() -> ApiException.businessRule("order.supplier.not-verified"));
    Order order =
        Order.fromAward(
            award.workUnitCode(),
            award.supplierId(),
            award.storefront(),
            award.purchaseRequestId(),
            award.quotationId(),
            award.deliveryPlace(),
            award.deliveryDate(),
            award.lines().stream()
                .map(
                    l ->
                        new OrderLine(
                            l.lineNo(),
                            l.listingId(),
                            l.description(),
                            l.quantity(),
                            l.unit(),
                            l.unitPrice().setScale(2, RoundingMode.UNNECESSARY)))
                .toList(),
            currentUser.actorId(),
            OffsetDateTime.now(clock));
    orders.persistAndFlush(order);
    OrderResponse placed = response(order, supplier);
    audit.record("order.placed", ENTITY, order.id(), null, placed);
    return placed;
  }

  /** An order the caller is a party to (or any, for an auditor); 404 otherwise. */
  @Transactional
  public OrderResponse get(long id) {
    Order order =
        orders
            .findByIdOptional(id)
            .filter(this::visibleToCaller)
            .orElseThrow(() -> ApiException.notFound("order.not-found", Long.toString(id)));
    return response(order, suppliers.snapshot(order.supplierId()).orElseThrow());
  }

  private boolean visibleToCaller(Order order) {
    if (currentUser.hasRole(Roles.AUDITOR)) {
      return true;
    }
    boolean staff =
        currentUser.hasRole(Roles.BUYER)
            || currentUser.hasRole(Roles.APPROVER)
            || currentUser.hasRole(Roles.TREASURER);
    if (staff && currentUser.workUnitCode().map(order.workUnitCode()::equals).orElse(false)) {
      return true;
    }
    return currentUser.hasRole(Roles.SUPPLIER)
        && suppliers.findMySnapshot().map(s -> s.id() == order.supplierId()).orElse(false);
  }

  private static OrderResponse response(Order order, SupplierSnapshot supplier) {
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
                        l.amount()))
            .toList(),
        order.total(),
        order.deliveryPlace(),
        order.deliveryDate(),
        order.placedAt(),
        order.updatedAt(),
        order.version());
  }
}
