package id.banggaelokal.platform.state;

import id.banggaelokal.platform.error.ApiException;

/**
 * A lifecycle state with an explicit table of the states it may move to. Every lifecycle (supplier,
 * listing, purchase request, quotation, order) is an enum implementing this; a move that the table
 * does not allow is a 409.
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

  /** Whether the table allows moving from this state to {@code next}. */
  boolean canTransitionTo(S next);

  /** Refuses (409) a move the table does not allow, naming both states. */
  @SuppressWarnings("unchecked")
  default void requireTransitionTo(S next) {
    if (!canTransitionTo(next)) {
      throw ApiException.conflict("state.transition.illegal", ((Enum<S>) this).name(), next.name());
    }
  }
}
