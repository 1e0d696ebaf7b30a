package id.banggaelokal.quotation;

import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.eventRequest;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** QUALITY.md: 50 concurrent awards of different quotations of one request → exactly one order. */
@QuarkusTest
class AwardRaceTest {

  private static final int QUOTATIONS = 50;

  @Inject TestClock clock;
  @Inject Database database;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void fiftySimultaneousAcceptsOfDifferentQuotationsYieldOneOrderAndFortyNineConflicts()
      throws Exception {
    Buyer buyer = Buyer.create();
    OffsetDateTime deadline =
        Instant.now().plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.ofHours(7));
    long request = PurchaseRequestFixtures.open(buyer, eventRequest(deadline, List.of()));
    List<Long> quotations = new ArrayList<>();
    for (int i = 0; i < QUOTATIONS; i++) {
      Seller seller = Seller.verified();
      CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering " + i, "40000"));
      quotations.add(
          QuotationFixtures.quote(
              seller.token(), request, 3 + i % 5, Integer.toString(30_000 + i), "2000000"));
    }
    clock.set(deadline.toInstant().plusSeconds(1));

    List<String> buyers = new ArrayList<>();
    for (int i = 0; i < QUOTATIONS; i++) {
      buyers.add(i % 2 == 0 ? buyer.token() : buyer.colleague("buyer"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(QUOTATIONS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<io.restassured.response.ExtractableResponse<?>>> answers = new ArrayList<>();
    for (int i = 0; i < QUOTATIONS; i++) {
      String token = buyers.get(i);
      long quotation = quotations.get(i);
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return given()
                    .auth()
                    .oauth2(token)
                    .header("Accept-Language", "en")
                    .post(QuotationFixtures.PATH + "/" + quotation + "/accept")
                    .then()
                    .extract();
              }));
    }
    start.countDown();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Future<io.restassured.response.ExtractableResponse<?>> answer : answers) {
      io.restassured.response.ExtractableResponse<?> response = answer.get();
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() == 409) {
        // Refused because the request is awarded: the row lock ordered them, not a failed race.
        assertEquals(
            "The action award is not allowed while the purchase request is AWARDED.",
            response.path("detail"));
      }
    }
    pool.shutdown();

    assertEquals(Map.of(201, 1, 409, QUOTATIONS - 1), statuses);
    assertEquals(
        1,
        database.count(
            "select count(*) from purchase_order where purchase_request_id = ?", request));
    assertEquals(
        1,
        database.count(
            "select count(*) from quotation where purchase_request_id = ? and status = 'AWARDED'",
            request));
    assertEquals(
        QUOTATIONS - 1,
        database.count(
            "select count(*) from quotation where purchase_request_id = ?"
                + " and status = 'NOT_AWARDED'",
            request));
    assertEquals(
        "AWARDED", database.string("select status from purchase_request where id = ?", request));
  }
}
