package id.banggaelokal.quotation;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * The lifecycle of a quotation:
 *
 * <pre>
 * SUBMITTED → SUBMITTED      revise (a new version; before the deadline)
 * SUBMITTED → WITHDRAWN      withdraw (before the deadline)
 * SUBMITTED → AWARDED        the buyer accepts it (the order is placed)
 * SUBMITTED → NOT_AWARDED    another quotation was accepted, or the request was cancelled
 * </pre>
 */
public enum QuotationStatus implements Lifecycle<QuotationStatus> {
  SUBMITTED,
  WITHDRAWN,
  AWARDED,
  NOT_AWARDED;

  @Override
  public boolean canTransitionTo(QuotationStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  public enum Action {
    REVISE(SUBMITTED, SUBMITTED),
    WITHDRAW(WITHDRAWN, SUBMITTED),
    NEGOTIATE(SUBMITTED, SUBMITTED),
    AWARD(AWARDED, SUBMITTED),
    NOT_AWARD(NOT_AWARDED, SUBMITTED);

    private final QuotationStatus to;
    private final QuotationStatus[] from;

    Action(QuotationStatus to, QuotationStatus... from) {
      this.to = to;
      this.from = from;
    }

    public boolean allowedFrom(QuotationStatus status) {
      return Arrays.asList(from).contains(status);
    }

    /** The state after this action from {@code status}; 409 when it is not allowed there. */
    QuotationStatus applyTo(QuotationStatus status) {
      return Lifecycle.perform(
          "quotation.transition.illegal", this, status, allowedFrom(status), to);
    }
  }
}
