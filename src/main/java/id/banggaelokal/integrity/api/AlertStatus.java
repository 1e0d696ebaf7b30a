package id.banggaelokal.integrity.api;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * What the admin decided about an alert. The moves are the {@link Action}s:
 *
 * <pre>
 * OPEN → DISMISSED   dismiss, with a reason (a false positive, or explained)
 * OPEN → CONFIRMED   confirm, with an optional note (handed to the inspectorate)
 * </pre>
 */
public enum AlertStatus implements Lifecycle<AlertStatus> {
  OPEN,
  DISMISSED,
  CONFIRMED;

  @Override
  public boolean canTransitionTo(AlertStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  /** The moves of the lifecycle: from which states each is allowed, and where it leads. */
  public enum Action {
    DISMISS(DISMISSED, OPEN),
    CONFIRM(CONFIRMED, OPEN);

    private final AlertStatus to;
    private final AlertStatus[] from;

    Action(AlertStatus to, AlertStatus... from) {
      this.to = to;
      this.from = from;
    }

    public boolean allowedFrom(AlertStatus status) {
      return Arrays.asList(from).contains(status);
    }

    /** The state after this action from {@code status}; 409 when it is not allowed there. */
    public AlertStatus applyTo(AlertStatus status) {
      return Lifecycle.perform(
          "integrity.transition.illegal", this, status, allowedFrom(status), to);
    }
  }
}
