package id.banggaelokal.catalog;

import static id.banggaelokal.catalog.CatalogFixtures.LISTINGS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.platform.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductStockTest {

  @Inject ProductStock stock;
  @Inject ListingRepository listings;

  @Test
  void concurrentReservationsNeverDriveStockBelowZero() throws Exception {
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Dodol apel Batu", "PROCESSED_APPLE", "12000"));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    QuarkusTransaction.requiringNew().run(() -> stock.reserve(listing, 3));
                    return true;
                  } catch (ApiException refused) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int reserved = 0;
      for (Future<Boolean> attempt : attempts) {
        reserved += attempt.get() ? 1 : 0;
      }
      assertEquals(33, reserved);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, remaining(listing));
    QuarkusTransaction.requiringNew().run(() -> stock.release(listing, 9));
    assertEquals(10, remaining(listing));
  }

  @Test
  void anEditBasedOnStockReadBeforeAnOrderTookSomeIsRefused() {
    Seller seller = Seller.verified();
    Map<String, Object> product =
        CatalogFixtures.product("Sari apel Batu", "PROCESSED_APPLE", "15000");
    long listing = CatalogFixtures.published(seller, product);
    String read =
        given().auth().oauth2(seller.token()).get(LISTINGS + "/" + listing).header("ETag");

    QuarkusTransaction.requiringNew().run(() -> stock.reserve(listing, 30));

    product.put("title", "Sari apel Batu 1 liter");
    given()
        .auth()
        .oauth2(seller.token())
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body(product)
        .put(LISTINGS + "/" + listing)
        .then()
        .statusCode(412);
    assertEquals(70, remaining(listing));
    QuarkusTransaction.requiringNew().run(() -> stock.release(listing, 30));
    assertEquals(100, remaining(listing));
  }

  @Test
  void aListingChangeNeverWritesBackTheSupplierColumnsItLoaded() {
    Seller seller = Seller.verified("Toko Kripik Bumiaji");
    long listing =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Kripik apel Bumiaji", "PROCESSED_APPLE", "20000"));

    // The listing is loaded, then the supplier is suspended (committed), then the listing is
    // changed and committed: the suspension must survive.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Listing loaded = listings.findById(listing);
              QuarkusTransaction.requiringNew()
                  .run(
                      () ->
                          listings.updateSupplierColumns(
                              seller.supplierId(),
                              new Listing.SupplierColumns(
                                  false,
                                  "Toko Kripik Bumiaji (ditangguhkan)",
                                  "BUMIAJI",
                                  "MICRO",
                                  null)));
              loaded.perform(ListingStatus.Action.UNPUBLISH, OffsetDateTime.now());
            });

    Listing stored = QuarkusTransaction.requiringNew().call(() -> listings.findById(listing));
    assertEquals("Toko Kripik Bumiaji (ditangguhkan)", stored.supplierTradingName());
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                listings
                    .findById(listing)
                    .perform(ListingStatus.Action.PUBLISH, OffsetDateTime.now()));
    assertFalse(
        QuarkusTransaction.requiringNew().call(() -> listings.findById(listing).publiclyVisible()));
    given().get(LISTINGS + "/" + listing).then().statusCode(404);
  }

  private static int remaining(long listing) {
    return given()
        .get(LISTINGS + "/" + listing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("product.stock");
  }
}
