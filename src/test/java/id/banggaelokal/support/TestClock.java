package id.banggaelokal.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the real time (at microsecond precision, like production's) until a
 * test sets it, so that deadlines can be tested at their exact boundary without sleeping. Tests
 * that set it call {@link #reset()} when they end.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

  private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private volatile Instant fixed;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now != null ? now : SYSTEM.instant();
  }

  /** Stops the clock at {@code instant}. */
  public void set(Instant instant) {
    fixed = instant;
  }

  /** Back to the real time. */
  public void reset() {
    fixed = null;
  }
}
