package id.banggaelokal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static OffsetDateTime wib(String local) {
    return OffsetDateTime.parse(local + "+07:00");
  }

  @Test
  void weekendsDoNotCount() {
    // Friday → Wednesday; Monday → Thursday; Saturday and Sunday → Wednesday.
    assertEquals(wib("2027-01-13T10:00:00"), WorkingDays.after(wib("2027-01-08T10:00:00"), 3, WIB));
    assertEquals(wib("2027-01-14T09:30:00"), WorkingDays.after(wib("2027-01-11T09:30:00"), 3, WIB));
    assertEquals(wib("2027-01-13T23:00:00"), WorkingDays.after(wib("2027-01-09T23:00:00"), 3, WIB));
    assertEquals(wib("2027-01-13T08:00:00"), WorkingDays.after(wib("2027-01-10T08:00:00"), 3, WIB));
  }

  @Test
  void theCityDayDecidesNotUtc() {
    // Friday 23:30 WIB is Friday 16:30 UTC; either way three working days end on Wednesday.
    OffsetDateTime fridayNightUtc = OffsetDateTime.parse("2027-01-08T16:30:00Z");
    assertEquals(
        wib("2027-01-13T23:30:00").toInstant(),
        WorkingDays.after(fridayNightUtc, 3, WIB).toInstant());
    // Monday 01:00 WIB is still Sunday in UTC: counting from the city's Monday gives Thursday.
    OffsetDateTime mondayEarlyWib = OffsetDateTime.parse("2027-01-10T18:00:00Z");
    assertEquals(
        wib("2027-01-14T01:00:00").toInstant(),
        WorkingDays.after(mondayEarlyWib, 3, WIB).toInstant());
  }
}
