package id.banggaelokal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The clock of the service: UTC, at the microsecond precision PostgreSQL keeps, so that a timestamp
 * answered at creation is the same as the one read back later. Business dates (due dates, working
 * days) are the city's, in {@link #CITY_ZONE}.
 */
@ApplicationScoped
public class Clocks {

  public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Jakarta");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
