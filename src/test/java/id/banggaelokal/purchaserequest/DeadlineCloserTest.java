package id.banggaelokal.purchaserequest;

import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.eventRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deadline job, run by two "replicas" at once, closes each expired request exactly once. */
@QuarkusTest
class DeadlineCloserTest {

  private static final int REQUESTS = 30;
  private static final int REPLICAS = 2;

  @Inject DeadlineCloser closer;
  @Inject TestClock clock;
  @Inject Database database;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void twoSchedulersRunningAtOnceCloseEachExpiredRequestExactlyOnce() throws Exception {
    Buyer buyer = Buyer.create();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Long> requests = new ArrayList<>();
    List<OffsetDateTime> deadlines = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      OffsetDateTime deadline = now.plus(10 + i, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
      deadlines.add(deadline);
      requests.add(PurchaseRequestFixtures.open(buyer, eventRequest(deadline, List.of())));
    }
    long notYet =
        PurchaseRequestFixtures.open(
            buyer, eventRequest(now.plus(3, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC), List.of()));
    clock.set(now.plus(1, ChronoUnit.HOURS));

    ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < REPLICAS; i++) {
      boolean likeTheScheduler = i == 0;
      runs.add(
          pool.submit(
              () -> {
                start.await();
                if (!likeTheScheduler) {
                  return closer.closeExpired();
                }
                // The scheduler runs jobs with a request context (and no identity).
                var context = io.quarkus.arc.Arc.container().requestContext();
                context.activate();
                try {
                  return closer.closeExpired();
                } finally {
                  context.terminate();
                }
              }));
    }
    start.countDown();
    int closed = 0;
    for (Future<Integer> run : runs) {
      closed += run.get();
    }
    pool.shutdown();

    assertTrue(closed >= REQUESTS, "closed " + closed);
    for (int i = 0; i < REQUESTS; i++) {
      long id = requests.get(i);
      assertEquals(
          "CLOSED", database.string("select status from purchase_request where id = ?", id));
      assertEquals(
          1,
          database.count(
              "select count(*) from audit_log where entity_type = 'purchase-request'"
                  + " and entity_id = ? and action = 'purchase-request.closed'"
                  + " and actor = 'system'",
              Long.toString(id)));
      assertEquals(
          deadlines.get(i).toInstant().toString(),
          database.string(
              "select to_char(closed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                  + " from purchase_request where id = ?",
              id));
    }
    assertEquals(
        "OPEN", database.string("select status from purchase_request where id = ?", notYet));
    assertEquals(0, closer.closeExpired(), "nothing left to close");
  }
}
