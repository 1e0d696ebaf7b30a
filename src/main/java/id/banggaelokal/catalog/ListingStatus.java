package id.banggaelokal.catalog;

import id.banggaelokal.platform.state.Lifecycle;
import java.util.Arrays;

/**
 * The publication lifecycle of a listing, as PRODUCT.md draws it ({@code DRAFT → PUBLISHED ⇄
 * UNPUBLISHED → ARCHIVED}):
 *
 * <pre>
 * DRAFT, UNPUBLISHED → PUBLISHED        publish (only by a verified supplier)
 * PUBLISHED → UNPUBLISHED               unpublish
 * UNPUBLISHED → ARCHIVED                archive (final): a listing leaves the market before it goes
 * </pre>
 */
public enum ListingStatus implements Lifecycle<ListingStatus> {
  DRAFT,
  PUBLISHED,
  UNPUBLISHED,
  ARCHIVED;

  @Override
  public boolean canTransitionTo(ListingStatus next) {
    return Arrays.stream(Action.values()).anyMatch(a -> a.to == next && a.allowedFrom(this));
  }

  /** Whether its supplier may still change it. */
  public boolean editable() {
    return this != ARCHIVED;
  }

  public enum Action {
    PUBLISH(PUBLISHED, DRAFT, UNPUBLISHED),
    UNPUBLISH(UNPUBLISHED, PUBLISHED),
    ARCHIVE(ARCHIVED, UNPUBLISHED);

    private final ListingStatus to;
    private final ListingStatus[] from;

    Action(ListingStatus to, ListingStatus... from) {
      this.to = to;
      this.from = from;
    }

    public boolean allowedFrom(ListingStatus status) {
      return Arrays.asList(from).contains(status);
    }

    /** The state after this action from {@code status}; 409 when it is not allowed there. */
    ListingStatus applyTo(ListingStatus status) {
      return Lifecycle.perform("listing.transition.illegal", this, status, allowedFrom(status), to);
    }
  }
}
