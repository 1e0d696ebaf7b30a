package id.banggaelokal.purchaserequest;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * The lifecycle of a purchase request:
 *
 * <pre>
 * DRAFT → OPEN                   publish (the deadline must still be ahead)
 * OPEN → CLOSED                  close (at the deadline, by the scheduler or the buyer)
 * CLOSED → AWARDED               award (accepting one quotation places the order)
 * OPEN, CLOSED → CANCELLED       cancel, with a reason
 * </pre>
 *
 * <p>As PRODUCT.md draws it, a draft is not cancelled: it was never published, and it stays with
 * its work unit until it is.
 */
public enum PurchaseRequestStatus implements Lifecycle<PurchaseRequestStatus> {
  DRAFT,
  OPEN,
  CLOSED,
  AWARDED,
  CANCELLED;

  @Override
  public boolean canTransitionTo(PurchaseRequestStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  public enum Action {
    PUBLISH(OPEN, DRAFT),
    CLOSE(CLOSED, OPEN),
    AWARD(AWARDED, CLOSED),
    CANCEL(CANCELLED, OPEN, CLOSED);

    private final PurchaseRequestStatus to;
    private final PurchaseRequestStatus[] from;

    Action(PurchaseRequestStatus to, PurchaseRequestStatus... from) {
      this.to = to;
      this.from = from;
    }

    public boolean allowedFrom(PurchaseRequestStatus status) {
      return Arrays.asList(from).contains(status);
    }

    /** The state after this action from {@code status}; 409 when it is not allowed there. */
    PurchaseRequestStatus applyTo(PurchaseRequestStatus status) {
      return Lifecycle.perform(
          "purchase-request.transition.illegal", this, status, allowedFrom(status), to);
    }
  }
}
