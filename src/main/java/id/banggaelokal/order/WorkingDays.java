package id.banggaelokal.order;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Working days of the city: Monday to Friday (public holidays are not known here). */
final class WorkingDays {

  private WorkingDays() {}

  /**
   * The moment {@code days} working days after {@code from}, at the same time of day in {@code
   * zone}: each day counts when it is a weekday.
   */
  static OffsetDateTime after(OffsetDateTime from, int days, ZoneId zone) {
    ZonedDateTime moment = from.atZoneSameInstant(zone);
    int counted = 0;
    while (counted < days) {
      moment = moment.plusDays(1);
      DayOfWeek day = moment.getDayOfWeek();
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return moment.toOffsetDateTime();
  }
}
