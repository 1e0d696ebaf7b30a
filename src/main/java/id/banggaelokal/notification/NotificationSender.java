package id.banggaelokal.notification;

import id.banggaelokal.platform.i18n.Messages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox by e-mail. A worker claims a batch of due notifications in a short
 * transaction (rows locked with {@code SKIP LOCKED}, each given a lease), sends them outside any
 * transaction, and records each result in its own short transaction: two replicas never claim one
 * notification at once, no connection or lock is held while a mail server answers, and a failure is
 * retried with exponential backoff. A send whose result could not be recorded (the process died in
 * between) is retried when its lease ends; each mail carries a stable Message-ID so that mail
 * servers can drop such a copy.
 */
@ApplicationScoped
public class NotificationSender {

  private static final Logger LOG = Logger.getLogger(NotificationSender.class);
  static final int BATCH = 50;
  static final Duration LEASE = Duration.ofMinutes(5);

  private final NotificationRepository notifications;
  private final NotificationService texts;
  private final Mailer mailer;
  private final Clock clock;

  NotificationSender(
      NotificationRepository notifications, NotificationService texts, Mailer mailer, Clock clock) {
    this.notifications = notifications;
    this.texts = texts;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Scheduled(
      identity = "deliver-notifications",
      every = "${banggaelokal.notifications.deliver-every:10s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    deliverDue();
  }

  /** A claimed notification, with what its mail says. */
  private record Claimed(long id, String email, String subject, String body) {}

  /**
   * Delivers every notification that is due.
   *
   * @return how many this call sent
   */
  public int deliverDue() {
    int sent = 0;
    List<Claimed> claimed;
    do {
      claimed = QuarkusTransaction.requiringNew().call(this::claim);
      for (Claimed notification : claimed) {
        String error = send(notification);
        QuarkusTransaction.requiringNew().run(() -> record(notification.id(), error));
        if (error == null) {
          sent++;
        }
      }
    } while (claimed.size() == BATCH);
    return sent;
  }

  private List<Claimed> claim() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Claimed> claimed = new ArrayList<>();
    for (Notification notification : notifications.lockDue(now, BATCH)) {
      notification.lease(now.plus(LEASE));
      NotificationService.Texts text = texts.texts(notification, Messages.INDONESIAN);
      claimed.add(
          new Claimed(notification.id(), notification.email(), text.title(), text.message()));
    }
    notifications.flush();
    return claimed;
  }

  /**
   * @return null when sent, else what went wrong
   */
  private String send(Claimed notification) {
    try {
      mailer.send(
          Mail.withText(notification.email(), notification.subject(), notification.body())
              .addHeader("Message-ID", "<notification-" + notification.id() + "@bangga-elokal>"));
      return null;
    } catch (RuntimeException e) {
      LOG.warnf("notification %d not delivered: %s", notification.id(), e.getMessage());
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  private void record(long id, String error) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Notification notification = notifications.findById(id);
    if (error == null) {
      notification.sent(now);
    } else {
      notification.failed(error, now);
    }
  }
}
