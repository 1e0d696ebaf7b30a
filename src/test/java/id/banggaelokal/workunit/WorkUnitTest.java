package id.banggaelokal.workunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WorkUnitTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void newWorkUnitIsActive() {
    assertTrue(new WorkUnit("DINKES", "Dinas Kesehatan", null, null, T0).active());
  }

  @Test
  void deactivatingTwiceChangesNothingTheSecondTime() {
    WorkUnit workUnit = new WorkUnit("DINKES", "Dinas Kesehatan", null, null, T0);
    assertTrue(workUnit.setActive(false, T0.plusDays(1)));
    assertFalse(workUnit.setActive(false, T0.plusDays(2)));
    assertEquals(T0.plusDays(1), workUnit.updatedAt());
  }
}
