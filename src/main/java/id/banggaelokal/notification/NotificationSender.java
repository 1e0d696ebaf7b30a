package id.banggaelokal.notification;

import id.banggaelokal.platform.i18n.Messages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox by e-mail. Each batch locks its rows with {@code SKIP LOCKED}, sends them and
 * records the result in the same transaction, so two replicas never send one notification both; a
 * failure is retried with exponential backoff. Each mail carries a stable Message-ID, so that a
 * mail server can drop the copy of a send whose commit was lost.
 */
@ApplicationScoped
public class NotificationSender {

  private static final Logger LOG = Logger.getLogger(NotificationSender.class);
  static final int BATCH = 50;

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

  /**
   * Delivers every notification that is due, one transaction per batch.
   *
   * @return how many this call sent
   */
  public int deliverDue() {
    int total = 0;
    int handled;
    do {
      int[] batch = QuarkusTransaction.requiringNew().call(this::deliverBatch);
      handled = batch[0];
      total += batch[1];
    } while (handled == BATCH);
    return total;
  }

  /**
   * @return how many were handled and how many of them were sent
   */
  private int[] deliverBatch() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Notification> due = notifications.lockDue(now, BATCH);
    int sent = 0;
    for (Notification notification : due) {
      NotificationService.Texts text = texts.texts(notification, Messages.INDONESIAN);
      try {
        mailer.send(
            Mail.withText(notification.email(), text.title(), text.message())
                .addHeader("Message-ID", "<notification-" + notification.id() + "@bangga-elokal>"));
        notification.sent(now);
        sent++;
      } catch (RuntimeException e) {
        LOG.warnf("notification %d not delivered: %s", notification.id(), e.getMessage());
        notification.failed(e.getMessage(), now);
      }
    }
    notifications.flush();
    return new int[] {due.size(), sent};
  }
}
