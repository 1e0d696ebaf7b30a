package id.banggaelokal.order;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * The lifecycle of an order, as PRODUCT.md draws it:
 *
 * <pre>
 * (new) → PLACED                          by an award, or a direct order
 * PLACED → APPROVED | REJECTED            approver (above the approval threshold)
 * PLACED, APPROVED → CONFIRMED | DECLINED supplier
 * PLACED, APPROVED → CANCELLED            buyer, or the system after 3 working days
 * CONFIRMED, DISPUTED → IN_DELIVERY       supplier records a delivery note
 * IN_DELIVERY → DELIVERED                 system: everything delivered
 * DELIVERED → IN_DELIVERY                 system: a delivery was partly accepted, the rest is due
 * IN_DELIVERY, DELIVERED → ACCEPTED | DISPUTED   buyer
 * IN_DELIVERY, DELIVERED, DISPUTED → ACCEPTED   buyer closes the remainder (nothing pending)
 * CONFIRMED, DISPUTED → CANCELLED         both parties agree
 * ACCEPTED → INVOICED                     supplier
 * INVOICED → PAID                         treasurer
 * PAID → COMPLETED                        system, right after payment
 * </pre>
 *
 * Terminal: REJECTED, DECLINED, CANCELLED, COMPLETED.
 */
public enum OrderStatus implements Lifecycle<OrderStatus> {
  PLACED,
  APPROVED,
  REJECTED,
  CONFIRMED,
  DECLINED,
  CANCELLED,
  IN_DELIVERY,
  DELIVERED,
  ACCEPTED,
  DISPUTED,
  INVOICED,
  PAID,
  COMPLETED;

  @Override
  public boolean canTransitionTo(OrderStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  public boolean terminal() {
    return Arrays.stream(Action.values()).noneMatch(a -> a.allowedFrom(this));
  }

  public enum Action {
    APPROVE(APPROVED, PLACED),
    REJECT(REJECTED, PLACED),
    CONFIRM(CONFIRMED, PLACED, APPROVED),
    DECLINE(DECLINED, PLACED, APPROVED),
    CANCEL_UNCONFIRMED(CANCELLED, PLACED, APPROVED),
    DELIVER(IN_DELIVERY, CONFIRMED, IN_DELIVERY, DISPUTED),
    COMPLETE_DELIVERY(DELIVERED, IN_DELIVERY),
    REOPEN_DELIVERY(IN_DELIVERY, DELIVERED),
    ACCEPT(ACCEPTED, IN_DELIVERY, DELIVERED),
    CLOSE_REMAINDER(ACCEPTED, IN_DELIVERY, DELIVERED, DISPUTED),
    DISPUTE(DISPUTED, IN_DELIVERY, DELIVERED),
    CANCEL_AGREED(CANCELLED, CONFIRMED, DISPUTED),
    INVOICE(INVOICED, ACCEPTED),
    PAY(PAID, INVOICED),
    COMPLETE(COMPLETED, PAID);

    private final OrderStatus to;
    private final OrderStatus[] from;

    Action(OrderStatus to, OrderStatus... from) {
      this.to = to;
      this.from = from;
    }

    public boolean allowedFrom(OrderStatus status) {
      return Arrays.asList(from).contains(status);
    }

    /** The state after this action from {@code status}; 409 when it is not allowed there. */
    OrderStatus applyTo(OrderStatus status) {
      return Lifecycle.perform("order.transition.illegal", this, status, allowedFrom(status), to);
    }
  }
}
