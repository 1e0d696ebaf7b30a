package id.banggaelokal.catalog;

import static id.banggaelokal.catalog.CatalogFixtures.LISTINGS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingLifecycleTest {

  @Inject Database database;

  @Test
  void eachStorefrontNeedsItsOwnAttributes() {
    Seller seller = Seller.verified();
    Map<String, Object> rentalWithoutQuantity = CatalogFixtures.rental("Sewa tenda", 1, "100000");
    rentalWithoutQuantity.remove("rental");
    CatalogFixtures.create(seller.token(), rentalWithoutQuantity)
        .statusCode(400)
        .body("errors.field", hasItem("rental"));

    Map<String, Object> rentalZero = CatalogFixtures.rental("Sewa tenda", 0, "100000");
    CatalogFixtures.create(seller.token(), rentalZero)
        .statusCode(400)
        .body("errors.field", hasItem("rental.quantityOwned"));

    Map<String, Object> eventWithRental = CatalogFixtures.eventService("Katering", "35000");
    eventWithRental.put("rental", Map.of("quantityOwned", 1, "fulfilment", "PICKUP"));
    CatalogFixtures.create(seller.token(), eventWithRental)
        .statusCode(400)
        .body("errors.field", hasItem("rental"));

    Map<String, Object> eventCapacity = CatalogFixtures.eventService("Katering", "35000");
    eventCapacity.put(
        "eventService", Map.of("capacityMin", 100, "capacityMax", 10, "leadTimeDays", 1));
    CatalogFixtures.create(seller.token(), eventCapacity)
        .statusCode(400)
        .body("errors.field", hasItem("eventService.capacityMax"));

    Map<String, Object> productPerDay =
        CatalogFixtures.product("Keripik apel", "PROCESSED_APPLE", "15000");
    productPerDay.put("unit", "PER_DAY");
    productPerDay.put("categoryCode", "TENT");
    CatalogFixtures.create(seller.token(), productPerDay)
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("unit", "categoryCode"));

    Map<String, Object> productWithoutStock =
        CatalogFixtures.product("Keripik apel", "PROCESSED_APPLE", "15000");
    productWithoutStock.put("product", Map.of("minimumOrder", 1));
    CatalogFixtures.create(seller.token(), productWithoutStock)
        .statusCode(400)
        .body("errors.field", hasItem("product.stock"));

    Map<String, Object> blankTitle = CatalogFixtures.product("  ab   ", "PROCESSED_APPLE", "15000");
    CatalogFixtures.create(seller.token(), blankTitle)
        .statusCode(400)
        .body("errors.field", hasItem("title"));

    Map<String, Object> badPrice =
        CatalogFixtures.product("Keripik apel", "PROCESSED_APPLE", "15000.123");
    CatalogFixtures.create(seller.token(), badPrice)
        .statusCode(400)
        .body("errors.field", hasItem("price"));

    assertEquals(
        0,
        database.count("select count(*) from listing where supplier_id = ?", seller.supplierId()));
    CatalogFixtures.create(
            seller.token(), CatalogFixtures.product("Keripik apel", "PROCESSED_APPLE", "15000"))
        .statusCode(201)
        .body("status", equalTo("DRAFT"))
        .body("product.stock", equalTo(100))
        .body("price", equalTo(15000.00f));
  }

  @Test
  void publishUnpublishArchive() {
    Seller seller = Seller.verified();
    long id =
        CatalogFixtures.create(
                seller.token(), CatalogFixtures.eventService("Paket katering prasmanan", "45000"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given().get(LISTINGS + "/" + id).then().statusCode(404);
    CatalogFixtures.act(seller.token(), id, "unpublish").statusCode(409);
    CatalogFixtures.act(seller.token(), id, "publish")
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    given()
        .get(LISTINGS + "/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Paket katering prasmanan"));
    CatalogFixtures.act(seller.token(), id, "publish").statusCode(409);
    CatalogFixtures.act(seller.token(), id, "unpublish").statusCode(200);
    given().get(LISTINGS + "/" + id).then().statusCode(404);
    CatalogFixtures.act(seller.token(), id, "publish").statusCode(200);
    given().auth().oauth2(seller.token()).delete(LISTINGS + "/" + id).then().statusCode(409);
    CatalogFixtures.act(seller.token(), id, "unpublish").statusCode(200);
    given()
        .auth()
        .oauth2(seller.token())
        .delete(LISTINGS + "/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ARCHIVED"));
    given().get(LISTINGS + "/" + id).then().statusCode(404);
    CatalogFixtures.act(seller.token(), id, "publish").statusCode(409);
    given()
        .auth()
        .oauth2(seller.token())
        .contentType(ContentType.JSON)
        .body(CatalogFixtures.eventService("Paket baru", "50000"))
        .put(LISTINGS + "/" + id)
        .then()
        .statusCode(409);
    assertEquals(
        List.of(
            "listing.created",
            "listing.published",
            "listing.unpublished",
            "listing.published",
            "listing.unpublished",
            "listing.archived"),
        database.strings(
            "select action from audit_log where entity_type = 'listing' and entity_id = ? order by id",
            Long.toString(id)));
  }

  @Test
  void onlyVerifiedSuppliersPublish() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    long id =
        CatalogFixtures.create(
                account.token(), CatalogFixtures.product("Kopi arabika", "COFFEE", "60000"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    CatalogFixtures.act(account.token(), id, "publish").statusCode(422);
    given()
        .auth()
        .oauth2(account.token())
        .get(LISTINGS + "/mine")
        .then()
        .statusCode(200)
        .body("items.status", contains("DRAFT"));
  }

  @Test
  void suspendingASupplierHidesItsListingsUntilReinstated() {
    Seller seller = Seller.verified();
    long id =
        CatalogFixtures.published(seller, CatalogFixtures.rental("Sewa kursi futura", 200, "5000"));
    long before = tentCount();
    SupplierFixtures.actWithReason(seller.supplierId(), "suspend", "Laporan warga").statusCode(200);
    given().get(LISTINGS + "/" + id).then().statusCode(404);
    given()
        .queryParam("supplierId", seller.supplierId())
        .get(LISTINGS)
        .then()
        .body("totalItems", equalTo(0));
    assertEquals(before - 1, tentCount());
    SupplierFixtures.act(seller.supplierId(), "reinstate").statusCode(200);
    given().get(LISTINGS + "/" + id).then().statusCode(200);
    given()
        .queryParam("supplierId", seller.supplierId())
        .get(LISTINGS)
        .then()
        .body("items.id", contains((int) id));
    assertEquals(before, tentCount());
  }

  private long tentCount() {
    return given()
        .get("/api/v1/storefronts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong(
            "find { it.code == 'RENTAL' }.categories.find { it.code == 'TENT' }.publishedListings");
  }

  @Test
  void anotherSupplierCannotChangeMyListing() {
    Seller owner = Seller.verified();
    long published =
        CatalogFixtures.published(
            owner, CatalogFixtures.product("Batik tulis motif apel", "BATIK", "350000"));
    long draft =
        CatalogFixtures.create(
                owner.token(), CatalogFixtures.product("Batik cap", "BATIK", "150000"))
            .extract()
            .jsonPath()
            .getLong("id");
    Seller other = Seller.verified();
    given()
        .auth()
        .oauth2(other.token())
        .contentType(ContentType.JSON)
        .body(CatalogFixtures.product("Dibajak", "BATIK", "1"))
        .put(LISTINGS + "/" + published)
        .then()
        .statusCode(403);
    CatalogFixtures.act(other.token(), published, "unpublish").statusCode(403);
    given().auth().oauth2(other.token()).delete(LISTINGS + "/" + published).then().statusCode(403);
    CatalogFixtures.act(other.token(), draft, "publish").statusCode(404);
    given()
        .get(LISTINGS + "/" + published)
        .then()
        .statusCode(200)
        .body("title", equalTo("Batik tulis motif apel"));
    given()
        .auth()
        .oauth2(other.token())
        .get(LISTINGS + "/mine")
        .then()
        .body("items.id", not(hasItem((int) draft)));
  }

  @Test
  void anonymousAndOtherRolesCannotWrite() {
    given()
        .contentType(ContentType.JSON)
        .body(CatalogFixtures.product("x y z", "BATIK", "1"))
        .post(LISTINGS)
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.staff("DISKOMINFO", "buyer"))
        .contentType(ContentType.JSON)
        .body(CatalogFixtures.product("x y z", "BATIK", "1"))
        .post(LISTINGS)
        .then()
        .statusCode(403);
    given().get(LISTINGS + "/mine").then().statusCode(401);
    given().auth().oauth2(Tokens.of("admin")).get(LISTINGS + "/mine").then().statusCode(403);
  }

  @Test
  void everyPriceChangeIsKept() {
    Seller seller = Seller.verified();
    Map<String, Object> listing =
        CatalogFixtures.product("Sari apel Batu", "PROCESSED_APPLE", "12000");
    long id = CatalogFixtures.published(seller, listing);
    for (String price : List.of("13000", "13000", "12500.50")) {
      listing.put("price", new java.math.BigDecimal(price));
      given()
          .auth()
          .oauth2(seller.token())
          .contentType(ContentType.JSON)
          .body(listing)
          .put(LISTINGS + "/" + id)
          .then()
          .statusCode(200);
    }
    given()
        .get(LISTINGS + "/" + id + "/price-history")
        .then()
        .statusCode(200)
        .body("items.price", contains(12000.00f, 13000.00f, 12500.50f))
        .body("totalItems", equalTo(3));
    assertEquals(
        2,
        database.count(
            "select count(*) from audit_log where action = 'listing.price-changed' and entity_id = ?",
            Long.toString(id)));
  }

  @Test
  void photosAreCheckedByContentAndServedPublicly() {
    Seller seller = Seller.verified();
    long id =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Kerajinan bambu", "CRAFT", "75000"));
    String url =
        given()
            .auth()
            .oauth2(seller.token())
            .multiPart("file", "foto.jpg", SupplierFixtures.JPEG, "image/jpeg")
            .post(LISTINGS + "/" + id + "/photos")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("url");
    byte[] served =
        given().get(url).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
    org.junit.jupiter.api.Assertions.assertArrayEquals(SupplierFixtures.JPEG, served);
    given()
        .auth()
        .oauth2(seller.token())
        .multiPart("file", "foto.jpg", SupplierFixtures.PDF, "image/jpeg")
        .post(LISTINGS + "/" + id + "/photos")
        .then()
        .statusCode(415);
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(SupplierFixtures.PNG, 0, big, 0, SupplierFixtures.PNG.length);
    given()
        .auth()
        .oauth2(seller.token())
        .multiPart("file", "besar.png", big, "image/png")
        .post(LISTINGS + "/" + id + "/photos")
        .then()
        .statusCode(413);
    for (int i = 1; i < 8; i++) {
      given()
          .auth()
          .oauth2(seller.token())
          .multiPart("file", "foto.png", SupplierFixtures.PNG, "image/png")
          .post(LISTINGS + "/" + id + "/photos")
          .then()
          .statusCode(201);
    }
    given()
        .auth()
        .oauth2(seller.token())
        .multiPart("file", "foto.png", SupplierFixtures.PNG, "image/png")
        .post(LISTINGS + "/" + id + "/photos")
        .then()
        .statusCode(422);
    given().get(LISTINGS + "/" + id).then().body("photos.size()", equalTo(8));
  }

  @Test
  void addingOrRemovingAPhotoMovesTheListingsVersionOnAndShowsAtOnce() {
    Seller seller = Seller.verified();
    long id =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Tas batik tulis", "BATIK", "250000"));
    String before =
        given().get(LISTINGS + "/" + id).then().statusCode(200).extract().header("ETag");
    int photo =
        uploadPhoto(seller, id, java.util.UUID.randomUUID().toString(), SupplierFixtures.PNG)
            .statusCode(201)
            .extract()
            .path("id");
    String withPhoto =
        given()
            .get(LISTINGS + "/" + id)
            .then()
            .body("photos.id", equalTo(List.of(photo)))
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(before, withPhoto);
    given()
        .auth()
        .oauth2(seller.token())
        .header("If-Match", before)
        .contentType(ContentType.JSON)
        .body(CatalogFixtures.product("Tas batik tulis halus", "BATIK", "250000"))
        .put(LISTINGS + "/" + id)
        .then()
        .statusCode(412);

    given()
        .auth()
        .oauth2(seller.token())
        .delete(LISTINGS + "/" + id + "/photos/" + photo)
        .then()
        .statusCode(204);
    String withoutPhoto =
        given()
            .get(LISTINGS + "/" + id)
            .then()
            .body("photos", org.hamcrest.Matchers.empty())
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(withPhoto, withoutPhoto);
  }

  @Test
  void aRetriedPhotoUploadWithItsIdempotencyKeyAddsOnePhoto() {
    Seller seller = Seller.verified();
    long id =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Anyaman pandan", "CRAFT", "45000"));
    String key = java.util.UUID.randomUUID().toString();
    int first =
        uploadPhoto(seller, id, key, SupplierFixtures.PNG).statusCode(201).extract().path("id");
    uploadPhoto(seller, id, key, SupplierFixtures.PNG)
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    uploadPhoto(seller, id, key, SupplierFixtures.JPEG)
        .statusCode(422)
        .contentType("application/problem+json");
    given().get(LISTINGS + "/" + id).then().body("photos.id", equalTo(List.of(first)));
  }

  private static io.restassured.response.ValidatableResponse uploadPhoto(
      Seller seller, long listing, String key, byte[] content) {
    return given()
        .auth()
        .oauth2(seller.token())
        .header("Idempotency-Key", key)
        .multiPart("file", "foto", content, "application/octet-stream")
        .post(LISTINGS + "/" + listing + "/photos")
        .then();
  }
}
