package id.banggaelokal.order;

import static id.banggaelokal.order.OrderFixtures.PATH;
import static id.banggaelokal.order.OrderFixtures.accept;
import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.as;
import static id.banggaelokal.order.OrderFixtures.deliver;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.latestDelivery;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.placed;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An invoice unpaid after its due date is overdue, for both parties and the auditor. */
@QuarkusTest
class OrderOverdueTest {

  @Inject TestClock clock;
  @Inject OrderDeadlines deadlines;
  @Inject Database database;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private long overdueNotices(long order) {
    return database.count(
        "select count(*) from notification where order_id = ? and event like 'order.overdue%'",
        order);
  }

  @Test
  void anInvoiceNotPaidByItsDueDateIsOverdueUntilPaid() throws Exception {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.withTaxStatus(false, false);
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    long order = placed(buyer.token(), direct(line(listing, 10)));
    act(seller.token(), order, "confirm").statusCode(200);
    long delivery = latestDelivery(deliver(seller.token(), order, 1, 10).statusCode(201));
    accept(buyer.token(), order, delivery).statusCode(200);
    String dueOn =
        act(seller.token(), order, "invoice")
            .statusCode(200)
            .body("overdue", equalTo(false))
            .extract()
            .path("invoice.dueOn");

    // The last day of the term is not overdue yet; the next one is.
    Instant lastDay =
        LocalDate.parse(dueOn).atTime(23, 59).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    clock.set(lastDay);
    as(buyer.token()).get(PATH + "/" + order).then().body("overdue", equalTo(false));
    deadlines.noticeOverdue();
    assertEquals(0, overdueNotices(order));
    clock.set(lastDay.plus(Duration.ofMinutes(2)));
    // The treasurer and the supplier are told once, even by two replicas' jobs at once.
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs =
          replicas.invokeAll(List.of(deadlines::noticeOverdue, deadlines::noticeOverdue));
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      replicas.shutdownNow();
    }
    deadlines.noticeOverdue();
    assertEquals(
        List.of("order.overdue", "order.overdue.supplier"),
        database.strings(
            "select event from notification where order_id = ? and event like 'order.overdue%'"
                + " order by event",
            order));
    as(seller.token())
        .get(PATH + "/" + order + "/timeline")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("order.overdue"));
    for (String reader : new String[] {buyer.token(), seller.token(), Tokens.of("auditor")}) {
      as(reader).get(PATH + "/" + order).then().statusCode(200).body("overdue", equalTo(true));
    }
    as(buyer.colleague("treasurer"))
        .queryParam("overdue", "true")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) order)));
    as(seller.token())
        .queryParam("overdue", "true")
        .get(PATH)
        .then()
        .body("items.id", hasItem((int) order));

    // 400,000 less PPh 23 2% (8,000) = 392,000.
    as(buyer.colleague("treasurer"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "amount",
                new BigDecimal("392000"),
                "paidOn",
                LocalDate.parse(dueOn).plusDays(1).toString(),
                "method",
                "BANK_TRANSFER",
                "reference",
                "TRF-0001"))
        .post(PATH + "/" + order + "/payments")
        .then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("overdue", equalTo(false));
    as(buyer.token())
        .queryParam("overdue", "true")
        .get(PATH)
        .then()
        .body("items.id", not(hasItem((int) order)));
  }
}
