package id.banggaelokal.order;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Cancels orders not approved or confirmed within the response time (working days, a setting), and
 * tells the parties of invoices past their due date. Batches of rows locked with {@code SKIP
 * LOCKED}: every replica may run it at once.
 */
@ApplicationScoped
public class OrderDeadlines {

  private static final Logger LOG = Logger.getLogger(OrderDeadlines.class);
  static final int BATCH = 100;

  private final OrderService orders;

  OrderDeadlines(OrderService orders) {
    this.orders = orders;
  }

  @Scheduled(
      identity = "cancel-unanswered-orders",
      every = "${banggaelokal.orders.deadline-check-every:60s}",
      delayed = "15s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    int cancelled = cancelUnanswered();
    if (cancelled > 0) {
      LOG.infof("cancelled %d orders nobody answered in time", cancelled);
    }
  }

  @Scheduled(
      identity = "notice-overdue-invoices",
      every = "${banggaelokal.orders.overdue-check-every:15m}",
      delayed = "20s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onOverdueSchedule() {
    int noticed = noticeOverdue();
    if (noticed > 0) {
      LOG.infof("told the parties of %d orders that their invoice is overdue", noticed);
    }
  }

  /**
   * @return how many orders this call told the parties of
   */
  public int noticeOverdue() {
    int total = 0;
    int noticed;
    do {
      noticed = QuarkusTransaction.requiringNew().call(() -> orders.noticeOverdue(BATCH));
      total += noticed;
    } while (noticed == BATCH);
    return total;
  }

  /**
   * @return how many this call cancelled
   */
  public int cancelUnanswered() {
    int total = 0;
    int cancelled;
    do {
      cancelled = QuarkusTransaction.requiringNew().call(() -> orders.cancelUnanswered(BATCH));
      total += cancelled;
    } while (cancelled == BATCH);
    return total;
  }
}
