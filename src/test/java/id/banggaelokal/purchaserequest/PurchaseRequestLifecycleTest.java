package id.banggaelokal.purchaserequest;

import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.PATH;
import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.act;
import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.create;
import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.eventRequest;
import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PurchaseRequestLifecycleTest {

  @Inject Database database;

  private static OffsetDateTime inTwoDays() {
    return OffsetDateTime.now().plusDays(2).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void buyerDraftsEditsPublishesAndCancelsARequestOfItsWorkUnit() {
    Buyer buyer = Buyer.create();
    Seller invited = Seller.verified();
    Map<String, Object> body = eventRequest(inTwoDays(), List.of(invited.supplierId()));
    long id =
        create(buyer.token(), body)
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("status", equalTo("DRAFT"))
            .body("workUnitCode", equalTo(buyer.workUnit()))
            .body("estimateTotal", equalTo(7_750_000.00f))
            .body("lines[0].lineNo", equalTo(1))
            .body("lines[0].estimateAmount", equalTo(5_250_000.00f))
            .body("invitedSupplierIds", equalTo(List.of((int) invited.supplierId())))
            .extract()
            .jsonPath()
            .getLong("id");

    body.put("title", "Katering rapat koordinasi (revisi)");
    given()
        .auth()
        .oauth2(buyer.token())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Katering rapat koordinasi (revisi)"));

    act(buyer.token(), id, "publish").statusCode(200).body("status", equalTo("OPEN"));
    given()
        .auth()
        .oauth2(buyer.token())
        .contentType(ContentType.JSON)
        .body(body)
        .put(PATH + "/" + id)
        .then()
        .statusCode(409);
    act(buyer.token(), id, "publish").statusCode(409);

    given()
        .auth()
        .oauth2(buyer.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Anggaran dialihkan."))
        .post(PATH + "/" + id + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("Anggaran dialihkan."));
    for (String action : List.of("publish", "close")) {
      act(buyer.token(), id, action).statusCode(409).contentType("application/problem+json");
    }
    assertEquals(
        List.of(
            "purchase-request.created",
            "purchase-request.updated",
            "purchase-request.published",
            "purchase-request.cancelled"),
        database.strings(
            "select action from audit_log where entity_type = 'purchase-request'"
                + " and entity_id = ? order by id",
            Long.toString(id)));
  }

  @Test
  void aDraftCannotBeClosedAndAnOpenRequestNotBeforeItsDeadline() {
    Buyer buyer = Buyer.create();
    long id =
        create(buyer.token(), eventRequest(inTwoDays(), List.of(Seller.verified().supplierId())))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    act(buyer.token(), id, "close").statusCode(409);
    act(buyer.token(), id, "publish").statusCode(200);
    act(buyer.token(), id, "close").statusCode(409).body("detail", not(nullValue()));
  }

  @Test
  void badDraftsAreRefusedFieldByField() {
    Buyer buyer = Buyer.create();
    Map<String, Object> past = eventRequest(OffsetDateTime.now().minusMinutes(1), List.of(1L));
    create(buyer.token(), past)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("quotationDeadline"));

    Map<String, Object> farFuture = eventRequest(inTwoDays(), List.of(1L));
    farFuture.put("quotationDeadline", "+999999999-12-31T20:00:00Z");
    create(buyer.token(), farFuture)
        .statusCode(400)
        .body("errors.field", hasItem("quotationDeadline"));

    Seller unverified = Seller.verified();
    SupplierFixtures.actWithReason(unverified.supplierId(), "suspend", "Izin usaha dicabut.")
        .statusCode(200);
    Map<String, Object> wrongInvitations =
        eventRequest(inTwoDays(), List.of(unverified.supplierId(), 999_999_999L));
    create(buyer.token(), wrongInvitations)
        .statusCode(400)
        .body("errors.field", hasItem("invitedSupplierIds[0]"))
        .body("errors.field", hasItem("invitedSupplierIds[1]"));

    Map<String, Object> noInvitations = eventRequest(inTwoDays(), List.of());
    noInvitations.put("participation", "INVITED");
    create(buyer.token(), noInvitations)
        .statusCode(400)
        .body("errors.field", hasItem("invitedSupplierIds"));

    Map<String, Object> wrongUnit = eventRequest(inTwoDays(), List.of());
    wrongUnit.put("lines", List.of(PurchaseRequestFixtures.line("Tenda", 2, "PER_DAY", "100000")));
    create(buyer.token(), wrongUnit).statusCode(400).body("errors.field", hasItem("lines[0].unit"));

    Map<String, Object> noLines = eventRequest(inTwoDays(), List.of());
    noLines.put("lines", List.of());
    create(buyer.token(), noLines).statusCode(400).body("errors.field", hasItem("lines"));

    Map<String, Object> earlyDelivery = eventRequest(inTwoDays(), List.of());
    earlyDelivery.put("deliveryDate", OffsetDateTime.now().toLocalDate().toString());
    create(buyer.token(), earlyDelivery)
        .statusCode(400)
        .body("errors.field", hasItem("deliveryDate"));

    long listing =
        CatalogFixtures.published(
            Seller.verified(), CatalogFixtures.rental("Sewa tenda 5x5", 3, "750000"));
    Map<String, Object> otherStorefront = eventRequest(inTwoDays(), List.of());
    Map<String, Object> line = PurchaseRequestFixtures.line("Katering", 10, "PER_PERSON", "30000");
    line.put("listingId", listing);
    otherStorefront.put("lines", List.of(line));
    create(buyer.token(), otherStorefront)
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].listingId"));

    assertEquals(
        0,
        database.count(
            "select count(*) from purchase_request where work_unit_code = ?", buyer.workUnit()));
  }

  @Test
  void onlyBuyersOfAnActiveWorkUnitCreate() {
    Map<String, Object> body = eventRequest(inTwoDays(), List.of());
    create(Tokens.of("buyer"), body).statusCode(403).contentType("application/problem+json");
    create(Tokens.staff("WU-NOT-THERE", "buyer"), body).statusCode(403);
    create(Tokens.staff(Buyer.create().workUnit(), "approver"), body).statusCode(403);
    create(Tokens.of("supplier"), body).statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(PATH)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void otherWorkUnitsDoNotLearnThatARequestExists() {
    Buyer buyer = Buyer.create();
    Buyer other = Buyer.create();
    long id = PurchaseRequestFixtures.open(buyer, eventRequest(inTwoDays(), List.of()));

    get(buyer.token(), id).statusCode(200).body("quotationCount", equalTo(0));
    get(buyer.colleague("approver"), id).statusCode(200);
    get(other.token(), id).statusCode(404).contentType("application/problem+json");
    act(other.token(), id, "close").statusCode(404);
    given()
        .auth()
        .oauth2(other.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "x"))
        .post(PATH + "/" + id + "/cancel")
        .then()
        .statusCode(404);
    get(Tokens.of("auditor"), id).statusCode(200);
    get(Tokens.of("admin"), id).statusCode(403);

    given()
        .auth()
        .oauth2(other.token())
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem((int) id)));
    given()
        .auth()
        .oauth2(buyer.token())
        .queryParam("status", "OPEN")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) id)))
        .body("totalItems", equalTo(1));
  }

  @Test
  void suppliersSeeOpenRequestsTheyAreInvitedToOrThatAreOpenToTheirStorefront() {
    Buyer buyer = Buyer.create();
    Seller invited = Seller.verified();
    Seller caterer = Seller.verified();
    CatalogFixtures.published(caterer, CatalogFixtures.eventService("Katering prasmanan", "40000"));
    Seller tentRenter = Seller.verified();
    CatalogFixtures.published(tentRenter, CatalogFixtures.rental("Sewa tenda", 2, "500000"));

    long invitation =
        PurchaseRequestFixtures.open(
            buyer, eventRequest(inTwoDays(), List.of(invited.supplierId())));
    long open = PurchaseRequestFixtures.open(buyer, eventRequest(inTwoDays(), List.of()));
    long draft =
        create(buyer.token(), eventRequest(inTwoDays(), List.of()))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    get(invited.token(), invitation)
        .statusCode(200)
        .body("quotationCount", nullValue())
        .body("invitedSupplierIds", nullValue());
    get(invited.token(), open).statusCode(404);
    get(caterer.token(), open).statusCode(200);
    get(caterer.token(), invitation).statusCode(404);
    get(tentRenter.token(), open).statusCode(404);
    get(caterer.token(), draft).statusCode(404);

    given()
        .auth()
        .oauth2(caterer.token())
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) open))
        .body("items.id", not(hasItem((int) invitation)))
        .body("items.id", not(hasItem((int) draft)));
    given()
        .auth()
        .oauth2(invited.token())
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) invitation))
        .body("items.id", not(hasItem((int) open)));
  }
}
