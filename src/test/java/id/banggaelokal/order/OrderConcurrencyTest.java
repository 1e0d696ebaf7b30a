package id.banggaelokal.order;

import static id.banggaelokal.order.OrderFixtures.PATH;
import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.as;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.placed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries of one order and the auto-cancel job, under concurrency. */
@QuarkusTest
class OrderConcurrencyTest {

  @Inject TestClock clock;
  @Inject Database database;
  @Inject OrderDeadlines deadlines;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static <T> List<T> atOnce(int count, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    pool.shutdown();
    return results;
  }

  @Test
  void ordersOfTheSameListingsInEitherOrderAreAllConfirmedAtOnce() throws Exception {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.withTaxStatus(false, false);
    long[] listings = new long[2];
    for (int i = 0; i < 2; i++) {
      Map<String, Object> product = CatalogFixtures.product("Kopi bubuk " + i, "COFFEE", "30000");
      product.put("product", Map.of("stock", 100, "minimumOrder", 1, "weightGrams", 250));
      listings[i] = CatalogFixtures.published(seller, product);
    }
    List<Long> orders = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      int first = i % 2;
      orders.add(
          placed(buyer.token(), direct(line(listings[first], 1), line(listings[1 - first], 1))));
    }
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Integer> statuses =
        atOnce(
            orders.size(),
            () ->
                act(seller.token(), orders.get(next.getAndIncrement()), "confirm")
                    .extract()
                    .statusCode());
    assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
    assertEquals(
        2 * (100 - orders.size()),
        database.count(
            "select sum(stock) from listing where id in (?, ?)", listings[0], listings[1]));
  }

  @Test
  void fiftyConcurrentRetriesOfOneIdempotencyKeyPlaceOneOrder() throws Exception {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    Map<String, Object> order = direct(line(listing, 20));
    String key = UUID.randomUUID().toString();

    List<Integer> statuses =
        atOnce(
            50,
            () ->
                as(buyer.token())
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(order)
                    .post(PATH)
                    .then()
                    .extract()
                    .statusCode());

    Map<Integer, Integer> byStatus = new TreeMap<>();
    statuses.forEach(s -> byStatus.merge(s, 1, Integer::sum));
    assertTrue(Set.of(201, 409).containsAll(byStatus.keySet()), byStatus.toString());
    assertTrue(byStatus.getOrDefault(201, 0) >= 1, byStatus.toString());
    assertEquals(
        1,
        database.count(
            "select count(*) from purchase_order where work_unit_code = ?", buyer.workUnit()));
    long id =
        as(buyer.token())
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(order)
            .post(PATH)
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .<Number>path("id")
            .longValue();
    assertEquals(
        id,
        database.count("select id from purchase_order where work_unit_code = ?", buyer.workUnit()));
  }

  private static Map<String, Object> deliveredInJanuary(Map<String, Object> line) {
    Map<String, Object> order = direct(line);
    order.put("deliveryDate", "2027-01-20");
    return order;
  }

  @Test
  void ordersNobodyAnswersInThreeWorkingDaysAreCancelledOnceByTwoJobsAtOnce() throws Exception {
    // Placed on a Friday at 10:00 in Batu: due by the next Wednesday at 10:00.
    OffsetDateTime friday = OffsetDateTime.parse("2027-01-08T10:00:00+07:00");
    clock.set(friday.toInstant());
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long small =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    long large =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Konferensi", "150000000"));
    List<Long> unanswered = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      unanswered.add(
          placed(buyer.token(), deliveredInJanuary(line(i % 2 == 0 ? small : large, 2))));
    }
    long confirmed = placed(buyer.token(), deliveredInJanuary(line(small, 1)));
    act(seller.token(), confirmed, "confirm").statusCode(200);
    as(buyer.token())
        .get(PATH + "/" + unanswered.get(0))
        .then()
        .body("respondBy", org.hamcrest.Matchers.equalTo("2027-01-13T03:00:00Z"));

    clock.set(OffsetDateTime.parse("2027-01-13T09:59:59+07:00").toInstant());
    // A second before the end of the third working day: nothing of this buyer's is due yet.
    atOnce(2, deadlines::cancelUnanswered);
    assertEquals(
        0,
        database.count(
            "select count(*) from purchase_order where work_unit_code = ? and status = 'CANCELLED'",
            buyer.workUnit()));

    clock.set(OffsetDateTime.parse("2027-01-13T10:00:00+07:00").toInstant());
    List<Integer> runs = atOnce(2, deadlines::cancelUnanswered);
    assertTrue(runs.get(0) + runs.get(1) >= unanswered.size(), runs.toString());
    for (long id : unanswered) {
      assertEquals(
          "CANCELLED", database.string("select status from purchase_order where id = ?", id));
      assertEquals(
          1,
          database.count(
              "select count(*) from order_event where order_id = ? and action = 'order.expired'"
                  + " and actor = 'system'",
              id));
    }
    assertEquals(
        "CONFIRMED", database.string("select status from purchase_order where id = ?", confirmed));
  }
}
