package id.banggaelokal.quotation;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * A negotiation round: the buyer proposes prices, the supplier answers once.
 *
 * <pre>
 * PENDING → ACCEPTED     the proposed prices become the offer
 * PENDING → DECLINED     the offer stays as it was
 * PENDING → COUNTERED    the supplier's new prices become the offer
 * </pre>
 */
public enum CounterOfferStatus implements Lifecycle<CounterOfferStatus> {
  PENDING,
  ACCEPTED,
  DECLINED,
  COUNTERED;

  @Override
  public boolean canTransitionTo(CounterOfferStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  public enum Action {
    ACCEPT(ACCEPTED),
    DECLINE(DECLINED),
    COUNTER(COUNTERED);

    private final CounterOfferStatus to;

    Action(CounterOfferStatus to) {
      this.to = to;
    }

    public boolean allowedFrom(CounterOfferStatus status) {
      return status == PENDING;
    }

    CounterOfferStatus applyTo(CounterOfferStatus status) {
      return Lifecycle.perform(
          "quotation.counter-offer.answered", this, status, allowedFrom(status), to);
    }
  }
}
