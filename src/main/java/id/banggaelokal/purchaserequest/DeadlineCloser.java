package id.banggaelokal.purchaserequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Closes open purchase requests whose quotation deadline has passed. Reads already treat them as
 * closed; this records it. Batches of locked rows with {@code SKIP LOCKED} make it safe for every
 * replica of the service to run it at the same time: each request is closed by exactly one.
 */
@ApplicationScoped
public class DeadlineCloser {

  private static final Logger LOG = Logger.getLogger(DeadlineCloser.class);
  static final int BATCH = 100;

  private final PurchaseRequestService requests;

  DeadlineCloser(PurchaseRequestService requests) {
    this.requests = requests;
  }

  @Scheduled(
      identity = "close-expired-purchase-requests",
      every = "${banggaelokal.purchase-requests.deadline-check-every:30s}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    int closed = closeExpired();
    if (closed > 0) {
      LOG.infof("closed %d purchase requests at their deadline", closed);
    }
  }

  /**
   * Closes every expired request, one transaction per batch.
   *
   * @return how many this call closed (others may have been closed by another replica meanwhile)
   */
  public int closeExpired() {
    int total = 0;
    int closed;
    do {
      closed = QuarkusTransaction.requiringNew().call(() -> requests.closeExpired(BATCH));
      total += closed;
    } while (closed == BATCH);
    return total;
  }
}
