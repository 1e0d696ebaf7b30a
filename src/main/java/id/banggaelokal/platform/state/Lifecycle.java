package id.banggaelokal.platform.state;

import id.banggaelokal.platform.error.ApiException;
import java.util.Locale;

/**
 * A lifecycle state with an explicit table of the states it may move to. Every lifecycle (supplier,
 * listing, purchase request, quotation, order) is an enum implementing this, with an enum of the
 * actions that move it (each allowed from some states, leading to one); an action from a state that
 * does not allow it is a 409.
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

  /** Whether some action leads from this state to {@code next}. */
  boolean canTransitionTo(S next);

  /**
   * The state an action leads to, when it is allowed from {@code from}; otherwise a 409 whose
   * message ({@code messageKey}) names the action and the state.
   */
  static <S extends Enum<S>> S perform(
      String messageKey, Enum<?> action, S from, boolean allowed, S to) {
    if (!allowed) {
      throw ApiException.conflict(messageKey, action.name().toLowerCase(Locale.ROOT), from.name());
    }
    return to;
  }
}
