package id.banggaelokal.order;

import static id.banggaelokal.order.OrderFixtures.PATH;
import static id.banggaelokal.order.OrderFixtures.accept;
import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.as;
import static id.banggaelokal.order.OrderFixtures.deliver;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.latestDelivery;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.pay;
import static id.banggaelokal.order.OrderFixtures.placed;
import static id.banggaelokal.order.OrderFixtures.rentalLine;
import static id.banggaelokal.order.OrderFixtures.today;
import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.eventRequest;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.quotation.QuotationFixtures;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderLifecycleTest {

  @Inject Database database;

  /** Free quantity of a rental listing on one day, from the public availability. */
  private static int freeOn(long listing, java.time.LocalDate day) {
    return io.restassured.RestAssured.given()
        .queryParam("from", day.toString())
        .queryParam("to", day.toString())
        .get("/api/v1/listings/" + listing + "/availability")
        .then()
        .statusCode(200)
        .extract()
        .path("days[0].free");
  }

  private static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  @Test
  void anAwardedEventServiceOfAPkpSupplierGoesFromPlacedToCompletedAndIsRated() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.withTaxStatus(true, false);
    long request =
        PurchaseRequestFixtures.open(
            buyer, eventRequest(OffsetDateTime.now().plusDays(1), List.of(seller.supplierId())));
    long quotation = QuotationFixtures.quote(seller.token(), request, 5, "30000", "2500000");
    PurchaseRequestFixtures.act(buyer.token(), request, "close").statusCode(200);
    long order =
        as(buyer.token())
            .post(QuotationFixtures.PATH + "/" + quotation + "/accept")
            .then()
            .statusCode(201)
            .body("approvalRequired", equalTo(false))
            .body("total", comparesEqualTo(money("7000000")))
            .extract()
            .<Number>path("id")
            .longValue();
    String approver = buyer.colleague("approver");
    String treasurer = buyer.colleague("treasurer");
    as(buyer.token())
        .get(PATH + "/" + order)
        .then()
        .statusCode(200)
        .body("lines.lineNo", contains(1, 2))
        .body("lines.quantity", contains(150, 1));

    act(buyer.token(), order, "confirm").statusCode(403);
    act(Seller.verified().token(), order, "confirm").statusCode(404);
    act(approver, order, "approve").statusCode(409);
    act(seller.token(), order, "confirm")
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("poNumber", startsWith("SP/" + buyer.workUnit() + "/"));
    act(seller.token(), order, "confirm").statusCode(409);

    long delivery =
        latestDelivery(
            deliver(seller.token(), order, 1, 150, 2, 1)
                .statusCode(201)
                .body("status", equalTo("DELIVERED")));
    accept(seller.token(), order, delivery).statusCode(403);
    as(buyer.token())
        .header("If-Match", "\"999\"")
        .post(PATH + "/" + order + "/deliveries/" + delivery + "/accept")
        .then()
        .statusCode(412);
    // A frontend may accept a whole delivery with an empty POST.
    as(buyer.token())
        .post(PATH + "/" + order + "/deliveries/" + delivery + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("deliveries[0].bastNumber", startsWith("BAST/" + buyer.workUnit() + "/"));
    pay(treasurer, order, "1000").statusCode(409);

    act(buyer.token(), order, "invoice").statusCode(403);
    // PPN 12% × 11/12 of 7,000,000 = 770,000 collected; PPh 23 2% = 140,000 withheld.
    act(seller.token(), order, "invoice")
        .statusCode(200)
        .body("status", equalTo("INVOICED"))
        .body("invoice.subtotal", comparesEqualTo(money("7000000")))
        .body("invoice.taxLines.tax", equalTo(List.of("PPN", "PPH_23")))
        .body("invoice.taxLines[0].amount", comparesEqualTo(money("770000")))
        .body("invoice.taxLines[1].amount", comparesEqualTo(money("140000")))
        .body("invoice.total", comparesEqualTo(money("7770000")))
        .body("invoice.netPayable", comparesEqualTo(money("6860000")))
        .body("invoice.dueOn", equalTo(today().plusDays(14).toString()))
        .body("overdue", equalTo(false));

    pay(buyer.token(), order, "1000").statusCode(403);
    pay(Buyer.create().colleague("treasurer"), order, "1000").statusCode(404);
    pay(treasurer, order, "7000000").statusCode(422).contentType("application/problem+json");
    pay(treasurer, order, "0")
        .statusCode(400)
        .body("errors.find { it.field == 'amount' }.message", equalTo("harus lebih besar dari 0"));
    pay(treasurer, order, "3000000")
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/orders/" + order))
        .body("status", equalTo("INVOICED"))
        .body("amountPaid", comparesEqualTo(money("3000000")));
    pay(treasurer, order, "3860000")
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("payments", hasSize(2));

    as(seller.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reply", "Terima kasih."))
        .post(PATH + "/" + order + "/rating/reply")
        .then()
        .statusCode(409);
    String unrated = as(seller.token()).get(PATH + "/" + order).then().extract().header("ETag");
    String rated =
        as(buyer.token())
            .contentType(ContentType.JSON)
            .body(Map.of("score", 4, "comment", "Tepat waktu."))
            .post(PATH + "/" + order + "/rating")
            .then()
            .statusCode(201)
            .body("rating.score", equalTo(4))
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(
        unrated, rated, "the rating changed the order");
    as(buyer.token())
        .contentType(ContentType.JSON)
        .body(Map.of("score", 5))
        .post(PATH + "/" + order + "/rating")
        .then()
        .statusCode(409);
    as(seller.token())
        .contentType(ContentType.JSON)
        .header("If-Match", unrated)
        .body(Map.of("reply", "Terima kasih."))
        .post(PATH + "/" + order + "/rating/reply")
        .then()
        .statusCode(412);
    String replied =
        as(seller.token())
            .contentType(ContentType.JSON)
            .header("If-Match", rated)
            .body(Map.of("reply", "Terima kasih."))
            .post(PATH + "/" + order + "/rating/reply")
            .then()
            .statusCode(200)
            .body("rating.reply", equalTo("Terima kasih."))
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(rated, replied, "the reply changed the order");
    as(seller.token())
        .get("/api/v1/suppliers/" + seller.supplierId())
        .then()
        .statusCode(200)
        .body("ratingAverage", comparesEqualTo(money("4.00")));

    as(buyer.token())
        .get(PATH + "/" + order + "/timeline")
        .then()
        .statusCode(200)
        .body(
            "items.action",
            equalTo(
                List.of(
                    "order.placed",
                    "order.confirmed",
                    "order.delivery-recorded",
                    "order.delivered",
                    "order.delivery-accepted",
                    "order.invoiced",
                    "order.payment-recorded",
                    "order.paid",
                    "order.completed",
                    "order.rated",
                    "order.rating-replied")))
        .body("items.role", hasItem("treasurer"))
        .body("items[3].actor", equalTo("system"))
        .body("totalItems", equalTo(11));
    as(Seller.verified().token()).get(PATH + "/" + order + "/timeline").then().statusCode(404);
  }

  @Test
  void aDirectRentalReservesItsDaysOnConfirmationAndFreesThemWhenBothPartiesCancel() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.withTaxStatus(false, false);
    long tent =
        CatalogFixtures.published(seller, CatalogFixtures.rental("Sewa tenda 5x5", 3, "500000"));
    var from = today().plusDays(5);
    var to = from.plusDays(2);

    OrderFixtures.place(buyer.token(), direct(rentalLine(tent, 4, from, to)))
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].quantity"));
    OrderFixtures.place(buyer.token(), direct(line(tent, 1)))
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].rentalFrom"));
    Map<String, Object> byTheHour = rentalLine(tent, 1, from, to);
    byTheHour.put("hours", 3);
    OrderFixtures.place(buyer.token(), direct(byTheHour))
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].hours"));
    long first = placed(buyer.token(), direct(rentalLine(tent, 2, from, to)));
    long second = placed(buyer.token(), direct(rentalLine(tent, 2, from, to)));
    as(buyer.token())
        .get(PATH + "/" + first)
        .then()
        .body("lines[0].periods", equalTo(3))
        .body("lines[0].amount", comparesEqualTo(money("3000000")))
        .body("respondBy", org.hamcrest.Matchers.notNullValue());

    act(seller.token(), first, "confirm").statusCode(200);
    assertEquals(1, freeOn(tent, from));
    act(seller.token(), second, "confirm").statusCode(409);
    assertEquals(1, freeOn(tent, from), "a failed confirmation reserves nothing");
    act(seller.token(), second, "cancel", "Tidak bisa.").statusCode(403);
    act(buyer.token(), second, "cancel", "Tidak jadi.")
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));

    act(buyer.token(), first, "cancel", "Acara diundur.")
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("cancelRequestedByBuyer", equalTo(true));
    // Asking again tells the supplier nothing new.
    act(buyer.token(), first, "cancel", "Acara diundur.").statusCode(409);
    assertEquals(
        1,
        database.count(
            "select count(*) from order_event where order_id = ? and action = ?",
            first,
            "order.cancel-requested"));
    assertEquals(1, freeOn(tent, from));
    act(seller.token(), first, "cancel", "Setuju.")
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    assertEquals(3, freeOn(tent, from), "the agreed cancellation released the days");

    long third = placed(buyer.token(), direct(rentalLine(tent, 3, from, to)));
    act(seller.token(), third, "confirm").statusCode(200);
    assertEquals(0, freeOn(tent, to));
    long delivery = latestDelivery(deliver(seller.token(), third, 1, 3).statusCode(201));
    accept(buyer.token(), third, delivery).statusCode(200).body("status", equalTo("ACCEPTED"));
    // 500,000 × 3 tents × 3 days = 4,500,000; PPh 23 2% = 90,000 (not PKP, no PP 55).
    act(seller.token(), third, "invoice")
        .statusCode(200)
        .body("invoice.taxLines.tax", equalTo(List.of("PPH_23")))
        .body("invoice.netPayable", comparesEqualTo(money("4410000")));
    pay(buyer.colleague("treasurer"), third, "4410000")
        .statusCode(201)
        .body("status", equalTo("COMPLETED"));
  }

  @Test
  void anOrderOfADeactivatedWorkUnitCannotBeConfirmed() {
    String code = id.banggaelokal.workunit.WorkUnitFixtures.uniqueCode();
    long unit = id.banggaelokal.workunit.WorkUnitFixtures.createId(code);
    String buyer = Tokens.staff(code, "buyer");
    Seller seller = Seller.withTaxStatus(false, false);
    Map<String, Object> chips =
        CatalogFixtures.product("Keripik nangka", "PROCESSED_APPLE", "20000");
    chips.put("product", Map.of("stock", 50, "minimumOrder", 1, "weightGrams", 250));
    long listing = CatalogFixtures.published(seller, chips);
    long order = placed(buyer, direct(line(listing, 10)));
    as(Tokens.of("admin"))
        .post(id.banggaelokal.workunit.WorkUnitFixtures.PATH + "/" + unit + "/deactivate")
        .then()
        .statusCode(200);

    act(seller.token(), order, "confirm").statusCode(422).contentType("application/problem+json");
    as(seller.token()).get("/api/v1/listings/" + listing).then().body("product.stock", equalTo(50));
  }

  @Test
  void closingTheRemainderOfARentalGivesBackTheUnitsNeverHandedOver() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.withTaxStatus(false, false);
    long chairs =
        CatalogFixtures.published(seller, CatalogFixtures.rental("Sewa kursi lipat", 5, "10000"));
    var from = today().plusDays(5);
    var to = from.plusDays(1);
    long order = placed(buyer.token(), direct(rentalLine(chairs, 4, from, to)));
    act(seller.token(), order, "confirm").statusCode(200);
    assertEquals(1, freeOn(chairs, from));

    long delivery = latestDelivery(deliver(seller.token(), order, 1, 3).statusCode(201));
    accept(buyer.token(), order, delivery).statusCode(200).body("status", equalTo("IN_DELIVERY"));
    act(buyer.token(), order, "close-remainder")
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));

    assertEquals(2, freeOn(chairs, from), "the chair never delivered is free again");
    assertEquals(2, freeOn(chairs, to));
    assertEquals(
        3,
        database.count(
            "select quantity from rental_booking where order_ref = ? and status = 'CONFIRMED'",
            "order:" + order));
  }

  @Test
  void aDirectProductOrderIsDeliveredAndAcceptedInPartsAndTheRemainderClosed() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.withTaxStatus(false, false);
    Map<String, Object> chips = CatalogFixtures.product("Keripik apel", "PROCESSED_APPLE", "15000");
    chips.put("product", Map.of("stock", 200, "minimumOrder", 1, "weightGrams", 250));
    long listing = CatalogFixtures.published(seller, chips);
    long order = placed(buyer.token(), direct(line(listing, 150)));

    deliver(seller.token(), order, 1, 10).statusCode(409);
    act(seller.token(), order, "confirm").statusCode(200);
    as(buyer.token()).get("/api/v1/listings/" + listing).then().body("product.stock", equalTo(50));

    deliver(buyer.token(), order, 1, 10).statusCode(403);
    deliver(seller.token(), order, 1, 151)
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].quantity"));
    deliver(seller.token(), order, 2, 1)
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].lineNo"));
    as(seller.token())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "deliveredOn",
                today().minusDays(1).toString(),
                "lines",
                List.of(Map.of("lineNo", 1, "quantity", 10))))
        .post(PATH + "/" + order + "/deliveries")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("deliveredOn"));
    long first =
        latestDelivery(
            deliver(seller.token(), order, 1, 100)
                .statusCode(201)
                .body("status", equalTo("IN_DELIVERY")));
    accept(buyer.token(), order, first, 1, 101).statusCode(400);
    accept(buyer.token(), order, first, 1, 90)
        .statusCode(200)
        .body("status", equalTo("IN_DELIVERY"))
        .body("lines[0].acceptedQuantity", equalTo(90))
        .body("lines[0].deliveredQuantity", equalTo(90));
    accept(buyer.token(), order, first).statusCode(409);
    long second = latestDelivery(deliver(seller.token(), order, 1, 50).statusCode(201));
    act(buyer.token(), order, "close-remainder").statusCode(409);
    as(buyer.token())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"999\"")
        .body(Map.of("reason", "Kemasan rusak."))
        .post(PATH + "/" + order + "/deliveries/" + second + "/dispute")
        .then()
        .statusCode(412);
    as(buyer.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Kemasan rusak."))
        .post(PATH + "/" + order + "/deliveries/" + second + "/dispute")
        .then()
        .statusCode(200)
        .body("status", equalTo("DISPUTED"));
    long third = latestDelivery(deliver(seller.token(), order, 1, 50).statusCode(201));
    accept(buyer.token(), order, third, 1, 50)
        .statusCode(200)
        .body("status", equalTo("IN_DELIVERY"))
        .body("lines[0].acceptedQuantity", equalTo(140));
    act(buyer.token(), order, "close-remainder")
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    // 140 × 15,000 = 2,100,000 > 2,000,000: PPh 22 1.5% = 31,500.
    act(seller.token(), order, "invoice")
        .statusCode(200)
        .body("invoice.subtotal", comparesEqualTo(money("2100000")))
        .body("invoice.taxLines.tax", equalTo(List.of("PPH_22")))
        .body("invoice.taxLines[0].amount", comparesEqualTo(money("31500")))
        .body("invoice.netPayable", comparesEqualTo(money("2068500")));
    assertEquals(
        2,
        database.count(
            "select count(*) from delivery where order_id = ? and bast_number is not null", order));
    // 150 reserved at confirmation, 140 taken: the 10 never delivered are back in stock.
    as(buyer.token()).get("/api/v1/listings/" + listing).then().body("product.stock", equalTo(60));
  }

  @Test
  void aDirectOrderRespectsTheListingsMinimumOrderCapacityAndLeadTime() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    Map<String, Object> juice = CatalogFixtures.product("Sari apel", "PROCESSED_APPLE", "12000");
    juice.put("product", Map.of("stock", 500, "minimumOrder", 10, "weightGrams", 250));
    long product = CatalogFixtures.published(seller, juice);
    Map<String, Object> boxes = CatalogFixtures.eventService("Nasi kotak", "25000");
    boxes.put(
        "eventService",
        Map.of("capacityMin", 50, "capacityMax", 500, "leadTimeDays", 3, "includes", List.of()));
    long catering = CatalogFixtures.published(seller, boxes);

    OrderFixtures.place(buyer.token(), direct(line(product, 9)))
        .statusCode(400)
        .body("errors.field", equalTo(List.of("lines[0].quantity")));
    placed(buyer.token(), direct(line(product, 10)));
    OrderFixtures.place(buyer.token(), direct(line(catering, 49)))
        .statusCode(400)
        .body("errors.field", equalTo(List.of("lines[0].quantity")));
    OrderFixtures.place(buyer.token(), direct(line(catering, 501)))
        .statusCode(400)
        .body("errors.field", equalTo(List.of("lines[0].quantity")));
    Map<String, Object> tooSoon = direct(line(catering, 50));
    tooSoon.put("deliveryDate", today().plusDays(2).toString());
    OrderFixtures.place(buyer.token(), tooSoon)
        .statusCode(400)
        .body("errors.field", equalTo(List.of("lines[0].listingId")));
    Map<String, Object> inTime = direct(line(catering, 500));
    inTime.put("deliveryDate", today().plusDays(3).toString());
    placed(buyer.token(), inTime);
  }

  @Test
  void aRequestToCancelLapsesWhenTheOrderGoesOn() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    long order = placed(buyer.token(), direct(line(listing, 10)));
    act(seller.token(), order, "confirm").statusCode(200);
    act(buyer.token(), order, "cancel", "Acara batal.")
        .statusCode(200)
        .body("cancelRequestedByBuyer", equalTo(true));
    long delivery = latestDelivery(deliver(seller.token(), order, 1, 10).statusCode(201));
    as(buyer.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Makanan basi."))
        .post(PATH + "/" + order + "/deliveries/" + delivery + "/dispute")
        .then()
        .statusCode(200)
        .body("status", equalTo("DISPUTED"))
        .body("cancelRequestedByBuyer", equalTo(false));
    act(seller.token(), order, "cancel", "Tidak sanggup.")
        .statusCode(200)
        .body("status", equalTo("DISPUTED"))
        .body("cancelRequestedBySupplier", equalTo(true));
    act(buyer.token(), order, "close-remainder").statusCode(409);
  }

  @Test
  void aFreeOrderIsCompleteWhenInvoicedAndAnUnverifiedSupplierCannotInvoice() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long free =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Pentas seni amal", "0"));
    long order = placed(buyer.token(), direct(line(free, 1)));
    act(seller.token(), order, "confirm").statusCode(200);
    long delivery = latestDelivery(deliver(seller.token(), order, 1, 1).statusCode(201));
    accept(buyer.token(), order, delivery).statusCode(200);
    act(seller.token(), order, "invoice")
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("invoice.netPayable", comparesEqualTo(money("0")));

    Seller changing = Seller.verified();
    long paid =
        CatalogFixtures.published(changing, CatalogFixtures.eventService("Katering", "40000"));
    long second = placed(buyer.token(), direct(line(paid, 10)));
    act(changing.token(), second, "confirm").statusCode(200);
    long note = latestDelivery(deliver(changing.token(), second, 1, 10).statusCode(201));
    accept(buyer.token(), second, note).statusCode(200);
    id.banggaelokal.supplier.SupplierFixtures.actWithReason(
            changing.supplierId(), "suspend", "Izin usaha dibekukan.")
        .statusCode(200);
    act(changing.token(), second, "invoice")
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void ordersAboveTheThresholdWaitForTheApproverOfTheirWorkUnit() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    Map<String, Object> venue = CatalogFixtures.eventService("Paket konferensi", "150000000");
    long listing = CatalogFixtures.published(seller, venue);
    long big = placed(buyer.token(), direct(line(listing, 2)));
    long bigger = placed(buyer.token(), direct(line(listing, 3)));
    long small = placed(buyer.token(), direct(line(listing, 1)));
    String approver = buyer.colleague("approver");

    act(seller.token(), big, "confirm").statusCode(409);
    act(buyer.token(), big, "approve").statusCode(403);
    act(Buyer.create().colleague("approver"), big, "approve").statusCode(404);
    act(approver, small, "approve").statusCode(409);
    String first =
        act(approver, big, "approve")
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .extract()
            .path("poNumber");
    String second = act(approver, bigger, "approve").statusCode(200).extract().path("poNumber");
    String prefix = "SP/" + buyer.workUnit() + "/" + today().getYear() + "/";
    assertEquals(prefix + "1", first);
    assertEquals(prefix + "2", second, "gap-free per work unit and year");
    act(approver, big, "approve").statusCode(409);
    act(seller.token(), big, "confirm").statusCode(200).body("poNumber", equalTo(first));

    act(approver, bigger, "reject", "Anggaran tidak cukup.").statusCode(409);
    // Whoever placed an order cannot approve it, even holding both roles.
    String buyerAndApprover =
        Tokens.forUser(Tokens.uniqueSubject(), buyer.workUnit(), "buyer", "approver");
    long own = placed(buyerAndApprover, direct(line(listing, 2)));
    act(buyerAndApprover, own, "approve").statusCode(403).contentType("application/problem+json");
    act(approver, own, "approve").statusCode(200);
    long rejected = placed(buyer.token(), direct(line(listing, 4)));
    act(approver, rejected, "reject", "Anggaran tidak cukup.")
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("statusReason", equalTo("Anggaran tidak cukup."))
        .body("poNumber", nullValue());
    act(seller.token(), rejected, "confirm").statusCode(409);
    act(buyer.token(), rejected, "cancel", "x").statusCode(409);
  }

  @Test
  void partiesSeeTheirOrdersAndNobodyElseDoes() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    long order = placed(buyer.token(), direct(line(listing, 10)));

    for (String party :
        List.of(
            buyer.token(),
            buyer.colleague("approver"),
            buyer.colleague("treasurer"),
            seller.token(),
            Tokens.of("auditor"))) {
      as(party).get(PATH + "/" + order).then().statusCode(200);
    }
    as(Buyer.create().token()).get(PATH + "/" + order).then().statusCode(404);
    as(Seller.verified().token()).get(PATH + "/" + order).then().statusCode(404);
    as(Tokens.of("admin")).get(PATH + "/" + order).then().statusCode(403);
    as(buyer.token())
        .queryParam("status", "PLACED")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) order)))
        .body("items[0].deliveries", nullValue());
    as(seller.token()).get(PATH).then().statusCode(200).body("totalItems", equalTo(1));
    as(Buyer.create().token()).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    as(buyer.token())
        .queryParam("from", today().plusDays(1).toString())
        .get(PATH)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    as(buyer.token())
        .queryParam("from", today().toString())
        .queryParam("to", today().minusDays(1).toString())
        .get(PATH)
        .then()
        .statusCode(400);

    OrderFixtures.place(Tokens.of("buyer"), direct(line(listing, 1))).statusCode(403);
    Map<String, Object> farAway = direct(line(listing, 1));
    farAway.put("deliveryDate", "+10000-01-01");
    OrderFixtures.place(buyer.token(), farAway)
        .statusCode(400)
        .body("errors.field", hasItem("deliveryDate"));
    as(buyer.token())
        .contentType(ContentType.JSON)
        .body(direct(line(listing, 1)))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("Idempotency-Key"));
  }
}
