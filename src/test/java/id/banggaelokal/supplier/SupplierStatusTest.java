package id.banggaelokal.supplier;

import static id.banggaelokal.supplier.SupplierStatus.DRAFT;
import static id.banggaelokal.supplier.SupplierStatus.REJECTED;
import static id.banggaelokal.supplier.SupplierStatus.SUBMITTED;
import static id.banggaelokal.supplier.SupplierStatus.SUSPENDED;
import static id.banggaelokal.supplier.SupplierStatus.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.ProblemKind;
import id.banggaelokal.supplier.SupplierStatus.Action;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every action from every state: allowed exactly where the lifecycle says, and nowhere else. */
class SupplierStatusTest {

  private static final Map<Action, Set<SupplierStatus>> ALLOWED =
      Map.of(
          Action.SUBMIT, EnumSet.of(DRAFT, REJECTED),
          Action.VERIFY, EnumSet.of(SUBMITTED),
          Action.REJECT, EnumSet.of(SUBMITTED),
          Action.SUSPEND, EnumSet.of(VERIFIED),
          Action.REINSTATE, EnumSet.of(SUSPENDED),
          Action.REVERIFY, EnumSet.of(VERIFIED));

  private static final Map<Action, SupplierStatus> TARGET =
      Map.of(
          Action.SUBMIT, SUBMITTED,
          Action.VERIFY, VERIFIED,
          Action.REJECT, REJECTED,
          Action.SUSPEND, SUSPENDED,
          Action.REINSTATE, VERIFIED,
          Action.REVERIFY, SUBMITTED);

  @Test
  void everyActionFromEveryState() {
    for (Action action : Action.values()) {
      for (SupplierStatus from : SupplierStatus.values()) {
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
  void transitionTableIsTheUnionOfTheActions() {
    assertEquals(EnumSet.of(SUBMITTED), allowedFrom(DRAFT));
    assertEquals(EnumSet.of(VERIFIED, REJECTED), allowedFrom(SUBMITTED));
    assertEquals(EnumSet.of(SUSPENDED, SUBMITTED), allowedFrom(VERIFIED));
    assertEquals(EnumSet.of(SUBMITTED), allowedFrom(REJECTED));
    assertEquals(EnumSet.of(VERIFIED), allowedFrom(SUSPENDED));
  }

  private static Set<SupplierStatus> allowedFrom(SupplierStatus from) {
    Set<SupplierStatus> next = EnumSet.noneOf(SupplierStatus.class);
    for (SupplierStatus to : SupplierStatus.values()) {
      if (from.canTransitionTo(to)) {
        next.add(to);
      }
    }
    return next;
  }
}
