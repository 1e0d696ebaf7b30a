package id.banggaelokal.catalog;

import static id.banggaelokal.catalog.CatalogFixtures.LISTINGS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.ProblemKind;
import id.banggaelokal.support.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RentalCalendarTest {

  @Inject RentalCalendar calendar;
  @Inject Database database;

  private static final LocalDate DAY = LocalDate.now().plusDays(30);

  private long book(long listing, int quantity, LocalDate from, LocalDate to) {
    return QuarkusTransaction.requiringNew()
        .call(() -> calendar.book(listing, quantity, from, to, "test-order"));
  }

  private JsonPath availability(long listing, LocalDate from, LocalDate to) {
    return given()
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get(LISTINGS + "/" + listing + "/availability")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void availabilityIsQuantityOwnedLessConfirmedBookings() {
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(
            seller, CatalogFixtures.rental("Sewa sound system 1000 watt", 5, "400000"));
    long booking = book(listing, 2, DAY, DAY.plusDays(2));
    book(listing, 3, DAY.plusDays(1), DAY.plusDays(1));

    JsonPath free = availability(listing, DAY.minusDays(1), DAY.plusDays(3));
    assertEquals(List.of(5, 3, 0, 3, 5), free.getList("days.free", Integer.class));
    assertEquals(DAY.minusDays(1).toString(), free.getString("days[0].date"));
    assertEquals(5, free.getInt("quantityOwned"));

    ApiException full =
        assertThrows(ApiException.class, () -> book(listing, 1, DAY, DAY.plusDays(1)));
    assertEquals(ProblemKind.CONFLICT, full.kind());
    assertEquals(
        List.of(3, 0, 3),
        availability(listing, DAY, DAY.plusDays(2)).getList("days.free", Integer.class));

    QuarkusTransaction.requiringNew().run(() -> calendar.release(booking));
    QuarkusTransaction.requiringNew().run(() -> calendar.release(booking));
    assertEquals(
        List.of(5, 2, 5),
        availability(listing, DAY, DAY.plusDays(2)).getList("days.free", Integer.class));
  }

  @Test
  void searchByAvailabilityKeepsRentalsFreeOnEveryDay() {
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(
            seller, CatalogFixtures.rental("Sewa panggung rigging", 1, "2500000"));
    book(listing, 1, DAY.plusDays(10), DAY.plusDays(10));
    Map<String, Object> busy =
        Map.of(
            "availableFrom",
            DAY.plusDays(9).toString(),
            "availableTo",
            DAY.plusDays(11).toString());
    Map<String, Object> free =
        Map.of(
            "availableFrom",
            DAY.plusDays(11).toString(),
            "availableTo",
            DAY.plusDays(12).toString());
    assertEquals(0L, searchTotal(seller, busy));
    assertEquals(1L, searchTotal(seller, free));
  }

  private long searchTotal(Seller seller, Map<String, Object> parameters) {
    return given()
        .queryParam("supplierId", seller.supplierId())
        .queryParams(parameters)
        .get(LISTINGS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("totalItems");
  }

  @Test
  void availabilityQuestionsAreChecked() {
    Seller seller = Seller.verified();
    long rental =
        CatalogFixtures.published(seller, CatalogFixtures.rental("Sewa mobil elf", 2, "900000"));
    long product =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Kopi luwak", "COFFEE", "200000"));
    given()
        .queryParam("from", DAY.toString())
        .queryParam("to", DAY.plusDays(366).toString())
        .get(LISTINGS + "/" + rental + "/availability")
        .then()
        .statusCode(400);
    given()
        .queryParam("from", DAY.toString())
        .queryParam("to", DAY.minusDays(1).toString())
        .get(LISTINGS + "/" + rental + "/availability")
        .then()
        .statusCode(400);
    given()
        .queryParam("from", DAY.toString())
        .get(LISTINGS + "/" + rental + "/availability")
        .then()
        .statusCode(400);
    given()
        .queryParam("from", DAY.toString())
        .queryParam("to", DAY.toString())
        .get(LISTINGS + "/" + product + "/availability")
        .then()
        .statusCode(422);
    given()
        .queryParam("from", DAY.toString())
        .queryParam("to", DAY.toString())
        .get(LISTINGS + "/987654321/availability")
        .then()
        .statusCode(404);
  }

  @Test
  void hundredConcurrentBookingsOfFiveGiveExactlyFive() throws Exception {
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(
            seller, CatalogFixtures.rental("Sewa genset 5000 watt", 5, "600000"));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    book(listing, 1, DAY, DAY);
                    return true;
                  } catch (ApiException refused) {
                    assertEquals(ProblemKind.CONFLICT, refused.kind());
                    return false;
                  }
                }));
      }
      start.countDown();
      int confirmed = 0;
      for (Future<Boolean> attempt : attempts) {
        confirmed += attempt.get() ? 1 : 0;
      }
      assertEquals(5, confirmed);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        5,
        database.count(
            "select count(*) from rental_booking where listing_id = ? and status = 'CONFIRMED'",
            listing));
    assertEquals(5, database.count("select booked from rental_day where listing_id = ?", listing));
  }
}
