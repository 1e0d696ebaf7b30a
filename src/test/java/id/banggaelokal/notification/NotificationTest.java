package id.banggaelokal.notification;

import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.as;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.placed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationTest {

  @Inject NotificationSender sender;
  @Inject MockMailbox mailbox;
  @Inject Database database;

  @Test
  void partiesAreNotifiedInTheAppAndByOneMailEachEvenWithTwoSendersAtOnce() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String workUnit = WorkUnitFixtures.uniqueCode();
    String workUnitMail = "pengadaan-" + unique + "@opd.example.id";
    Map<String, Object> unit = new HashMap<>(WorkUnitFixtures.body(workUnit));
    unit.put("email", workUnitMail);
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .contentType(ContentType.JSON)
        .body(unit)
        .post(WorkUnitFixtures.PATH)
        .then()
        .statusCode(201)
        .body("email", equalTo(workUnitMail));
    String buyer = Tokens.staff(workUnit, "buyer");
    String supplierMail = "toko-" + unique + "@umkm.example.id";
    Account account = Account.create();
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put("contact", Map.of("phone", "0812-3456-7890", "email", supplierMail));
    Seller seller = new Seller(account, SupplierFixtures.verified(account, profile));
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));

    long order = placed(buyer, direct(line(listing, 10)));
    as(seller.token())
        .get("/api/v1/notifications")
        .then()
        .statusCode(200)
        .body("items.event", hasItem("order.placed"))
        .body("items[0].orderId", equalTo((int) order))
        .body("items[0].title", equalTo("Pesanan baru #" + order))
        .body("items[0].delivery", equalTo("PENDING"));
    as(seller.token())
        .header("Accept-Language", "en")
        .get("/api/v1/notifications")
        .then()
        .body("items[0].title", equalTo("New order #" + order));
    act(seller.token(), order, "confirm").statusCode(200);
    as(buyer)
        .get("/api/v1/notifications")
        .then()
        .statusCode(200)
        .body("items.event", equalTo(List.of("order.confirmed")));
    as(Tokens.staff(workUnit, "approver"))
        .get("/api/v1/notifications")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    as(Seller.verified().token())
        .get("/api/v1/notifications")
        .then()
        .body("items.orderId", not(hasItem((int) order)));
    given().get("/api/v1/notifications").then().statusCode(401);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                return sender.deliverDue();
              }));
    }
    start.countDown();
    for (Future<Integer> run : runs) {
      run.get();
    }
    pool.shutdown();

    List<Mail> toSupplier = mailbox.getMailsSentTo(supplierMail);
    List<Mail> toWorkUnit = mailbox.getMailsSentTo(workUnitMail);
    assertEquals(1, toSupplier.size(), "one mail per notification");
    assertEquals("Pesanan baru #" + order, toSupplier.get(0).getSubject());
    assertEquals(1, toWorkUnit.size());
    assertEquals("Pesanan #" + order + " dikonfirmasi", toWorkUnit.get(0).getSubject());
    assertEquals(
        2,
        database.count(
            "select count(*) from notification where order_id = ? and status = 'SENT'"
                + " and attempts = 1",
            order));

    sender.deliverDue();
    assertEquals(1, mailbox.getMailsSentTo(supplierMail).size(), "never sent twice");
  }

  @Test
  void aRecipientWithoutAMailboxIsNotifiedInTheAppOnly() {
    String workUnit = WorkUnitFixtures.uniqueCode();
    WorkUnitFixtures.create(workUnit);
    String buyer = Tokens.staff(workUnit, "buyer");
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    long order = placed(buyer, direct(line(listing, 10)));
    act(seller.token(), order, "decline", "Stok habis.").statusCode(200);
    as(buyer)
        .get("/api/v1/notifications")
        .then()
        .body("items[0].event", equalTo("order.declined"))
        .body("items[0].message", equalTo("Pemasok menolak pesanan #" + order + ": Stok habis."))
        .body("items[0].delivery", equalTo("NO_ADDRESS"));
  }
}
