package id.banggaelokal.supplier;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * The verification lifecycle of a supplier profile. The moves are the {@link Action}s:
 *
 * <pre>
 * DRAFT, REJECTED → SUBMITTED   submit (by the owner)
 * SUBMITTED → VERIFIED          verify (by an admin who is not the owner)
 * SUBMITTED → REJECTED          reject, with a reason
 * VERIFIED → SUSPENDED          suspend, with a reason
 * SUSPENDED → VERIFIED          reinstate
 * VERIFIED → SUBMITTED          reverify (legal data or documents changed)
 * </pre>
 */
public enum SupplierStatus implements Lifecycle<SupplierStatus> {
  DRAFT,
  SUBMITTED,
  VERIFIED,
  REJECTED,
  SUSPENDED;

  @Override
  public boolean canTransitionTo(SupplierStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  /** The moves of the lifecycle: from which states each is allowed, and where it leads. */
  public enum Action {
    SUBMIT(SUBMITTED, DRAFT, REJECTED),
    VERIFY(VERIFIED, SUBMITTED),
    REJECT(REJECTED, SUBMITTED),
    SUSPEND(SUSPENDED, VERIFIED),
    REINSTATE(VERIFIED, SUSPENDED),
    REVERIFY(SUBMITTED, VERIFIED);

    private final SupplierStatus to;
    private final SupplierStatus[] from;

    Action(SupplierStatus to, SupplierStatus... from) {
      this.to = to;
      this.from = from;
    }

    public boolean allowedFrom(SupplierStatus status) {
      return Arrays.asList(from).contains(status);
    }

    public SupplierStatus target() {
      return to;
    }

    /** The state after this action from {@code status}; 409 when it is not allowed there. */
    SupplierStatus applyTo(SupplierStatus status) {
      return Lifecycle.perform(
          "supplier.transition.illegal", this, status, allowedFrom(status), to);
    }
  }
}
