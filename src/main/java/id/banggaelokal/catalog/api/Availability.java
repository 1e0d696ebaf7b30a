package id.banggaelokal.catalog.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Availability", description = "Free quantity of a rental per day.")
public record Availability(
    @Schema(required = true) long listingId,
    @Schema(required = true, example = "5") int quantityOwned,
    @Schema(required = true) List<Day> days) {

  /** The quantity free on every day of the range. */
  public int minFree() {
    return days.stream().mapToInt(Day::free).min().orElse(quantityOwned);
  }

  @Schema(name = "AvailabilityDay")
  public record Day(
      @Schema(required = true, example = "2026-12-24") LocalDate date,
      @Schema(required = true, example = "3") int free) {}
}
