package id.banggaelokal.quotation;

import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.eventRequest;
import static id.banggaelokal.quotation.QuotationFixtures.PATH;
import static id.banggaelokal.quotation.QuotationFixtures.quotation;
import static id.banggaelokal.quotation.QuotationFixtures.quote;
import static id.banggaelokal.quotation.QuotationFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotationTest {

  private static final String REQUESTS = PurchaseRequestFixtures.PATH;

  @Inject TestClock clock;
  @Inject Database database;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  /** Requests whose JSON numbers are read as exact decimals. */
  private static RequestSpecification as(String token) {
    return given()
        .config(
            RestAssured.config()
                .jsonConfig(
                    JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
        .auth()
        .oauth2(token);
  }

  private static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  @Test
  void quotationsAreSealedUntilTheDeadlineAndRevisableUpToItsLastMicrosecond() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    OffsetDateTime deadline = start.plus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.ofHours(7));
    Buyer buyer = Buyer.create();
    Seller a = Seller.verified();
    Seller b = Seller.verified();
    Seller c = Seller.verified();
    Seller outsider = Seller.verified();
    long request =
        PurchaseRequestFixtures.open(
            buyer, eventRequest(deadline, List.of(a.supplierId(), b.supplierId(), c.supplierId())));

    String etagBefore =
        PurchaseRequestFixtures.get(c.token(), request).statusCode(200).extract().header("ETag");
    long qa = quote(a.token(), request, 5, "33000", "2400000");
    long qb = quote(b.token(), request, 3, "36000", "2000000");
    submit(a.token(), request, quotation(5, "1", "1")).statusCode(409);
    PurchaseRequestFixtures.get(c.token(), request)
        .statusCode(200)
        .header("ETag", etagBefore)
        .body("quotationCount", org.hamcrest.Matchers.nullValue());
    submit(outsider.token(), request, quotation(5, "1", "1")).statusCode(404);

    PurchaseRequestFixtures.get(buyer.token(), request)
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("quotationCount", equalTo(2));
    as(buyer.token()).get(REQUESTS + "/" + request + "/quotations").then().statusCode(409);
    as(buyer.token()).get(REQUESTS + "/" + request + "/comparison").then().statusCode(409);
    as(Tokens.of("auditor")).get(REQUESTS + "/" + request + "/quotations").then().statusCode(409);
    for (String reader : List.of(buyer.token(), c.token(), outsider.token(), b.token())) {
      as(reader).get(PATH + "/" + qa).then().statusCode(404);
      as(reader).get(PATH + "/" + qa + "/versions").then().statusCode(404);
    }
    as(a.token()).get(PATH + "/" + qa).then().statusCode(200).body("currentVersion", equalTo(1));
    as(c.token())
        .get("/api/v1/notifications")
        .then()
        .body("items.event", equalTo(List.of("purchase-request.invited")))
        .body("items[0].purchaseRequestId", equalTo((int) request));
    as(buyer.token())
        .get("/api/v1/notifications")
        .then()
        .body("items.event", equalTo(List.of("quotation.received", "quotation.received")))
        .body("items.purchaseRequestId", equalTo(List.of((int) request, (int) request)))
        .body("items.quotationId", equalTo(List.of((int) qb, (int) qa)))
        .body(
            "items[0].message",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("33000")));

    clock.set(deadline.toInstant().minusNanos(1_000));
    as(a.token())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(quotation(4, "32000", "2400000"))
        .put(PATH + "/" + qa)
        .then()
        .statusCode(200)
        .body("currentVersion", equalTo(2))
        .body("total", comparesEqualTo(money("7200000")));

    clock.set(deadline.toInstant());
    as(a.token())
        .contentType(ContentType.JSON)
        .body(quotation(4, "31000", "2400000"))
        .put(PATH + "/" + qa)
        .then()
        .statusCode(409);
    submit(c.token(), request, quotation(5, "30000", "2000000")).statusCode(409);
    QuotationFixtures.act(b.token(), qb, "withdraw").statusCode(409);
    PurchaseRequestFixtures.get(buyer.token(), request)
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    assertEquals(
        "OPEN",
        database.string("select status from purchase_request where id = ?", request),
        "closed for every reader before the job records it");
    PurchaseRequestFixtures.get(c.token(), request).statusCode(404);
    PurchaseRequestFixtures.get(a.token(), request).statusCode(200);

    as(a.token())
        .get(PATH + "/" + qa + "/versions")
        .then()
        .statusCode(200)
        .body("items.number", equalTo(List.of(1, 2)))
        .body("items[0].total", comparesEqualTo(money("7350000")))
        .body("items[0].deliveryDays", equalTo(5))
        .body("items[1].total", comparesEqualTo(money("7200000")));
    as(buyer.token())
        .get(PATH + "/" + qa + "/versions")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("totalItems", equalTo(2));
    as(buyer.token())
        .get(REQUESTS + "/" + request + "/quotations")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) qa, (int) qb)));
    as(buyer.token())
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get(REQUESTS + "/" + request + "/quotations")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) qb)))
        .body("totalItems", equalTo(2))
        .body("totalPages", equalTo(2));
    as(outsider.token()).get(PATH + "/" + qa).then().statusCode(404);
    as(Buyer.create().token()).get(PATH + "/" + qa).then().statusCode(404);
    as(Buyer.create().token()).get(REQUESTS + "/" + request + "/comparison").then().statusCode(404);

    as(buyer.token())
        .get(REQUESTS + "/" + request + "/comparison")
        .then()
        .statusCode(200)
        .body("estimateTotal", comparesEqualTo(money("7750000")))
        .body("quotations.quotationId", equalTo(List.of((int) qa, (int) qb)))
        .body("quotations.rank", equalTo(List.of(1, 2)))
        .body("quotations[0].supplier.id", equalTo((int) a.supplierId()))
        .body("quotations[0].supplier.scale", equalTo("MICRO"))
        .body("quotations[0].total", comparesEqualTo(money("7200000")))
        .body("quotations[0].difference", comparesEqualTo(money("-550000")))
        .body("quotations[0].differencePercent", comparesEqualTo(money("-7.10")))
        .body("quotations[0].deliveryDays", equalTo(4))
        .body("quotations[1].total", comparesEqualTo(money("7400000")))
        .body("quotations[1].differencePercent", comparesEqualTo(money("-4.52")))
        .body("lines[0].estimateAmount", comparesEqualTo(money("5250000")))
        .body("lines[0].offers[0].unitPrice", comparesEqualTo(money("32000")))
        .body("lines[0].offers[0].amount", comparesEqualTo(money("4800000")))
        .body("lines[0].offers[0].difference", comparesEqualTo(money("-3000")))
        .body("lines[0].offers[0].differencePercent", comparesEqualTo(money("-8.57")))
        .body("lines[0].offers[1].differencePercent", comparesEqualTo(money("2.86")))
        .body("lines[1].offers[1].difference", comparesEqualTo(money("-500000")))
        .body("lines[1].offers[1].differencePercent", comparesEqualTo(money("-20.00")));
  }

  @Test
  void aWithdrawnQuotationMayBeFollowedByANewOneBeforeTheDeadline() {
    Buyer buyer = Buyer.create();
    Seller caterer = Seller.verified();
    CatalogFixtures.published(caterer, CatalogFixtures.eventService("Katering prasmanan", "40000"));
    Seller tentRenter = Seller.verified();
    CatalogFixtures.published(tentRenter, CatalogFixtures.rental("Sewa tenda", 2, "500000"));
    long request =
        PurchaseRequestFixtures.open(
            buyer, eventRequest(OffsetDateTime.now().plusDays(1), List.of()));

    submit(tentRenter.token(), request, quotation(3, "30000", "2000000")).statusCode(404);
    submit(caterer.token(), request, quotation(3, "30000")).statusCode(400);
    submit(caterer.token(), request, quotation(3, "30000", "2000000", "1"))
        .statusCode(400)
        .contentType("application/problem+json");
    long first = quote(caterer.token(), request, 3, "30000", "2000000");
    PurchaseRequestFixtures.get(buyer.token(), request).body("quotationCount", equalTo(1));

    QuotationFixtures.act(caterer.token(), first, "withdraw")
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    QuotationFixtures.act(caterer.token(), first, "withdraw").statusCode(409);
    PurchaseRequestFixtures.get(buyer.token(), request).body("quotationCount", equalTo(0));
    long second = quote(caterer.token(), request, 3, "31000", "2000000");
    PurchaseRequestFixtures.get(buyer.token(), request).body("quotationCount", equalTo(1));

    as(caterer.token())
        .queryParam("status", "SUBMITTED")
        .get(PATH + "/mine")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) second)));
    assertEquals(
        List.of("quotation.submitted", "quotation.withdrawn"),
        database.strings(
            "select action from audit_log where entity_type = 'quotation' and entity_id = ?"
                + " order by id",
            Long.toString(first)));
    // The audit log is readable by admins and auditors: no price of a sealed quotation in it.
    assertEquals(
        List.of(),
        database.strings(
            "select id::text from audit_log where entity_type = 'quotation'"
                + " and entity_id in (?, ?)"
                + " and (before_state::text like '%total%' or after_state::text like '%total%'"
                + " or after_state::text like '%30000%' or after_state::text like '%31000%')",
            Long.toString(first), Long.toString(second)));
  }

  @Test
  void negotiationHasAtMostThreeRoundsEachAnsweredOnceAndTheAwardTakesTheAgreedPrices() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    Seller rival = Seller.verified();
    // The request's lines name listings as references: the rival's catering, the seller's décor.
    long rivalsCatering =
        CatalogFixtures.published(rival, CatalogFixtures.eventService("Nasi kotak", "35000"));
    long sellersDecor =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Dekorasi", "2500000"));
    Map<String, Object> body =
        eventRequest(
            OffsetDateTime.now().plusDays(1), List.of(seller.supplierId(), rival.supplierId()));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines = (List<Map<String, Object>>) body.get("lines");
    lines.get(0).put("listingId", rivalsCatering);
    lines.get(1).put("listingId", sellersDecor);
    long request = PurchaseRequestFixtures.open(buyer, body);
    long quotation = quote(seller.token(), request, 5, "34000", "2500000");
    long rivalQuotation = quote(rival.token(), request, 7, "35000", "2500000");
    counterOffer(buyer.token(), quotation, "30000", "2300000").statusCode(409);
    PurchaseRequestFixtures.act(buyer.token(), request, "close")
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    counterOffer(buyer.token(), quotation, "30000", "2300000")
        .statusCode(201)
        .body("counterOffers", hasSize(1))
        .body("counterOffers[0].status", equalTo("PENDING"));
    counterOffer(buyer.token(), quotation, "30000", "2300000").statusCode(409);
    counterOffer(Buyer.create().token(), quotation, "1", "1").statusCode(404);
    as(buyer.token()).post(PATH + "/" + quotation + "/accept").then().statusCode(409);

    answer(rival.token(), quotation, 1, "decline", null).statusCode(404);
    answer(seller.token(), quotation, 2, "accept", null).statusCode(404);
    String countered =
        answer(
                seller.token(),
                quotation,
                1,
                "counter",
                QuotationFixtures.prices("31000", "2350000"))
            .statusCode(200)
            .body("counterOffers[0].status", equalTo("COUNTERED"))
            .body("total", comparesEqualTo(money("7000000")))
            .extract()
            .header("ETag");

    // A new round, and declining it, leave the offer as it was but change the quotation.
    String proposed =
        counterOffer(buyer.token(), quotation, "30000", "2300000")
            .statusCode(201)
            .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/quotations/" + quotation))
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(countered, proposed);
    answer(seller.token(), quotation, 1, "accept", null).statusCode(409);
    as(seller.token())
        .header("If-Match", countered)
        .post(PATH + "/" + quotation + "/counter-offers/2/decline")
        .then()
        .statusCode(412);
    String declined =
        answer(seller.token(), quotation, 2, "decline", null)
            .statusCode(200)
            .body("total", comparesEqualTo(money("7000000")))
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(proposed, declined);
    answer(seller.token(), quotation, 2, "accept", null).statusCode(409);

    counterOffer(buyer.token(), quotation, "30500", "2300000").statusCode(201);
    answer(seller.token(), quotation, 3, "accept", null)
        .statusCode(200)
        .body("counterOffers.status", equalTo(List.of("COUNTERED", "DECLINED", "ACCEPTED")))
        .body("total", comparesEqualTo(money("6875000")));
    counterOffer(buyer.token(), quotation, "30000", "2000000")
        .statusCode(422)
        .contentType("application/problem+json");
    // Each round told the supplier, each answer the buyers of the work unit.
    assertEquals(
        List.of(
            "SUPPLIER quotation.counter-offer",
            "WORK_UNIT quotation.counter-offer-answered",
            "SUPPLIER quotation.counter-offer",
            "WORK_UNIT quotation.counter-offer-answered",
            "SUPPLIER quotation.counter-offer",
            "WORK_UNIT quotation.counter-offer-answered"),
        database.strings(
            "select recipient_kind || ' ' || event from notification where event_key like ?"
                + " order by id",
            "quotation:" + quotation + ":round:%"));

    io.restassured.response.ExtractableResponse<?> award =
        as(buyer.token())
            .post(PATH + "/" + quotation + "/accept")
            .then()
            .statusCode(201)
            .body("status", equalTo("PLACED"))
            .body("source", equalTo("AWARD"))
            .body("workUnitCode", equalTo(buyer.workUnit()))
            .body("purchaseRequestId", equalTo((int) request))
            .body("supplier.id", equalTo((int) seller.supplierId()))
            .body("lines[0].unitPrice", comparesEqualTo(money("30500")))
            .body("lines[0].amount", comparesEqualTo(money("4575000")))
            .body("lines[1].unitPrice", comparesEqualTo(money("2300000")))
            .body("total", comparesEqualTo(money("6875000")))
            // The order's lines keep only the awarded supplier's own listings.
            .body("lines[0].listingId", nullValue())
            .body("lines[1].listingId", equalTo((int) sellersDecor))
            .extract();
    long orderId = award.<Number>path("id").longValue();
    assertEquals(
        "/api/v1/orders/" + orderId, java.net.URI.create(award.header("Location")).getPath());
    assertEquals(
        orderId,
        database.count("select id from purchase_order where purchase_request_id = ?", request));

    as(buyer.token()).post(PATH + "/" + quotation + "/accept").then().statusCode(409);
    as(buyer.token()).post(PATH + "/" + rivalQuotation + "/accept").then().statusCode(409);
    counterOffer(buyer.token(), rivalQuotation, "1", "1").statusCode(409);
    PurchaseRequestFixtures.get(buyer.token(), request)
        .body("status", equalTo("AWARDED"))
        .body("awardedQuotationId", equalTo((int) quotation))
        .body("orderId", equalTo((int) orderId));
    assertEquals(
        List.of("quotation.awarded"),
        database.strings(
            "select action from audit_log where entity_type = 'quotation' and entity_id = ?"
                + " and action like '%awarded'",
            Long.toString(quotation)));
    assertEquals(
        1,
        database.count(
            "select count(*) from audit_log where entity_type = 'order' and entity_id = ?"
                + " and action = 'order.placed'",
            Long.toString(orderId)));
    as(rival.token())
        .get(PATH + "/" + rivalQuotation)
        .then()
        .body("status", equalTo("NOT_AWARDED"));
    as(seller.token())
        .get(PATH + "/" + quotation)
        .then()
        .body("status", equalTo("AWARDED"))
        .body("orderId", equalTo((int) orderId));

    as(buyer.token()).get("/api/v1/orders/" + orderId).then().statusCode(200);
    as(buyer.colleague("treasurer")).get("/api/v1/orders/" + orderId).then().statusCode(200);
    as(seller.token()).get("/api/v1/orders/" + orderId).then().statusCode(200);
    as(rival.token()).get("/api/v1/orders/" + orderId).then().statusCode(404);
    as(Buyer.create().token()).get("/api/v1/orders/" + orderId).then().statusCode(404);
    as(Tokens.of("auditor")).get("/api/v1/orders/" + orderId).then().statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse counterOffer(
      String token, long quotation, String... prices) {
    return as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("lines", QuotationFixtures.prices(prices), "message", "Mohon sesuai HPS."))
        .post(PATH + "/" + quotation + "/counter-offers")
        .then();
  }

  private static io.restassured.response.ValidatableResponse answer(
      String token, long quotation, int round, String verb, List<Map<String, Object>> prices) {
    RequestSpecification request = as(token);
    if (prices != null) {
      request
          .contentType(ContentType.JSON)
          .body(Map.of("lines", prices, "message", "Harga akhir."));
    }
    return request.post(PATH + "/" + quotation + "/counter-offers/" + round + "/" + verb).then();
  }
}
