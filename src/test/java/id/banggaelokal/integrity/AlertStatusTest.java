package id.banggaelokal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banggaelokal.integrity.api.AlertStatus;
import id.banggaelokal.integrity.api.AlertStatus.Action;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.ProblemKind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** An alert is decided once: dismissed or confirmed from OPEN, and nothing after. */
class AlertStatusTest {

  @Test
  void everyActionFromEveryState() {
    for (Action action : Action.values()) {
      for (AlertStatus from : AlertStatus.values()) {
        if (from == AlertStatus.OPEN) {
          AlertStatus to = action == Action.DISMISS ? AlertStatus.DISMISSED : AlertStatus.CONFIRMED;
          assertEquals(to, action.applyTo(from), action + " from " + from);
        } else {
          ApiException refused = assertThrows(ApiException.class, () -> action.applyTo(from));
          assertEquals(ProblemKind.CONFLICT, refused.kind(), action + " from " + from);
        }
      }
    }
  }

  @Test
  void onlyAnOpenAlertMoves() {
    for (AlertStatus from : AlertStatus.values()) {
      EnumSet<AlertStatus> reachable = EnumSet.noneOf(AlertStatus.class);
      for (AlertStatus to : AlertStatus.values()) {
        if (from.canTransitionTo(to)) {
          reachable.add(to);
        }
      }
      assertEquals(
          from == AlertStatus.OPEN
              ? EnumSet.of(AlertStatus.DISMISSED, AlertStatus.CONFIRMED)
              : EnumSet.noneOf(AlertStatus.class),
          reachable,
          from.name());
    }
  }
}
