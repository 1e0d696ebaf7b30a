package id.banggaelokal.catalog;

import static id.banggaelokal.catalog.CatalogFixtures.LISTINGS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.platform.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductStockTest {

  @Inject ProductStock stock;

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
