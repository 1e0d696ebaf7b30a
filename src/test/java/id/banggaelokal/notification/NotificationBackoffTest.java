package id.banggaelokal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.notification.api.Recipient;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NotificationBackoffTest {

  @Test
  void failuresAreRetriedWithGrowingPausesThenGivenUp() {
    assertEquals(Duration.ofMinutes(1), Notification.backoff(1));
    assertEquals(Duration.ofMinutes(2), Notification.backoff(2));
    assertEquals(Duration.ofMinutes(64), Notification.backoff(7));
    assertEquals(Duration.ofMinutes(240), Notification.backoff(30));

    OffsetDateTime now = OffsetDateTime.parse("2027-01-08T10:00:00+07:00");
    Notification notification =
        new Notification(Recipient.supplier(1, "a@b.example"), "order.placed", "k", 1L, "{}", now);
    for (int i = 1; i < Notification.MAX_ATTEMPTS; i++) {
      notification.failed("smtp down", now);
      assertEquals(Notification.Status.PENDING, notification.status());
    }
    notification.failed("smtp down", now);
    assertEquals(Notification.Status.FAILED, notification.status());
    assertEquals(Notification.MAX_ATTEMPTS, notification.attempts());
  }
}
