package id.banggaelokal.purchaserequest;

import static id.banggaelokal.purchaserequest.PurchaseRequestStatus.AWARDED;
import static id.banggaelokal.purchaserequest.PurchaseRequestStatus.CANCELLED;
import static id.banggaelokal.purchaserequest.PurchaseRequestStatus.CLOSED;
import static id.banggaelokal.purchaserequest.PurchaseRequestStatus.DRAFT;
import static id.banggaelokal.purchaserequest.PurchaseRequestStatus.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.ProblemKind;
import id.banggaelokal.purchaserequest.PurchaseRequestStatus.Action;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every action from every state: allowed exactly where the lifecycle says, and nowhere else. */
class PurchaseRequestStatusTest {

  private static final Map<Action, Set<PurchaseRequestStatus>> ALLOWED =
      Map.of(
          Action.PUBLISH, EnumSet.of(DRAFT),
          Action.CLOSE, EnumSet.of(OPEN),
          Action.AWARD, EnumSet.of(CLOSED),
          Action.CANCEL, EnumSet.of(OPEN, CLOSED));

  private static final Map<Action, PurchaseRequestStatus> TARGET =
      Map.of(
          Action.PUBLISH, OPEN,
          Action.CLOSE, CLOSED,
          Action.AWARD, AWARDED,
          Action.CANCEL, CANCELLED);

  @Test
  void everyActionFromEveryState() {
    for (Action action : Action.values()) {
      for (PurchaseRequestStatus from : PurchaseRequestStatus.values()) {
        if (ALLOWED.get(action).contains(from)) {
          assertEquals(TARGET.get(action), action.applyTo(from), action + " from " + from);
        } else {
          ApiException refused = assertThrows(ApiException.class, () -> action.applyTo(from));
          assertEquals(ProblemKind.CONFLICT, refused.kind(), action + " from " + from);
        }
      }
    }
  }

  @Test
  void awardedAndCancelledAreFinal() {
    for (PurchaseRequestStatus to : PurchaseRequestStatus.values()) {
      assertEquals(false, AWARDED.canTransitionTo(to), "AWARDED to " + to);
      assertEquals(false, CANCELLED.canTransitionTo(to), "CANCELLED to " + to);
    }
    assertEquals(false, DRAFT.canTransitionTo(CANCELLED));
    assertEquals(false, DRAFT.canTransitionTo(CLOSED));
  }
}
