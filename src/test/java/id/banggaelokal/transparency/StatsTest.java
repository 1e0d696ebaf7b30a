package id.banggaelokal.transparency;

import static id.banggaelokal.order.OrderFixtures.pay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.transparency.SpendStatistics.Total;
import id.banggaelokal.transparency.api.StatsResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public statistics, against figures computed by hand for a small set of payments. */
@QuarkusTest
class StatsTest {

  private static final String STATS = "/api/v1/stats";

  @Inject TestClock clock;
  @Inject Database database;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void paymentsAddUpToTheHandComputedFigures() {
    int year = OrderFixtures.today().getYear();
    JsonPath before = stats(year);

    // A micro supplier in Bumiaji sells a product: 4 × 25,000 = 100,000, no tax (not PKP,
    // goods under 2,000,000): paid in two parts on the invoice's day.
    Seller micro = seller("MICRO", "BUMIAJI");
    // A medium supplier in Junrejo serves an event: 10 × 35,000 = 350,000 − PPh 23 2% (7,000)
    // = 343,000 payable, paid at once three days after the invoice.
    Seller medium = seller("MEDIUM", "JUNREJO");
    Buyer buyer = Buyer.create();
    String treasurer = buyer.colleague("treasurer");

    long product =
        invoiced(
            buyer,
            micro,
            CatalogFixtures.product("Keripik Apel", "PROCESSED_APPLE", "25000"),
            4,
            "100000.00");
    pay(treasurer, product, "60000").statusCode(201);
    pay(treasurer, product, "40000").statusCode(201).body("status", equalTo("COMPLETED"));

    long event =
        invoiced(buyer, medium, CatalogFixtures.eventService("Katering", "35000"), 10, "343000.00");
    // (On the invoice's day instead when three days later is next year.)
    LocalDate today = OrderFixtures.today();
    LocalDate later = today.plusDays(3).getYear() == year ? today.plusDays(3) : today;
    clock.set(Instant.now().plus(Duration.ofDays(3)));
    pay(treasurer, event, "343000", later).statusCode(201).body("status", equalTo("COMPLETED"));

    JsonPath after = stats(year);
    assertThat(delta(before, after, "totalSpend"), comparesEqualTo(new BigDecimal("443000")));
    assertThat(delta(before, after, "payments"), comparesEqualTo(new BigDecimal("3")));
    assertThat(
        delta(before, after, "byStorefront.find { it.storefront == 'FLAGSHIP_PRODUCT' }.amount"),
        comparesEqualTo(new BigDecimal("100000")));
    assertThat(
        delta(before, after, "byStorefront.find { it.storefront == 'FLAGSHIP_PRODUCT' }.payments"),
        comparesEqualTo(new BigDecimal("2")));
    assertThat(
        delta(before, after, "byStorefront.find { it.storefront == 'EVENT_SERVICE' }.amount"),
        comparesEqualTo(new BigDecimal("343000")));
    assertThat(
        delta(before, after, "byStorefront.find { it.storefront == 'RENTAL' }.amount"),
        comparesEqualTo(new BigDecimal("0")));
    assertThat(
        delta(before, after, "bySupplierDistrict.find { it.district == 'BUMIAJI' }.amount"),
        comparesEqualTo(new BigDecimal("100000")));
    assertThat(
        delta(before, after, "bySupplierDistrict.find { it.district == 'JUNREJO' }.amount"),
        comparesEqualTo(new BigDecimal("343000")));
    assertThat(
        delta(before, after, "microAndSmallBusinesses.amount"),
        comparesEqualTo(new BigDecimal("100000")));
    assertThat(
        delta(before, after, "domiciledInCity.amount"), comparesEqualTo(new BigDecimal("443000")));
    assertThat(delta(before, after, "verifiedSuppliers"), comparesEqualTo(new BigDecimal("2")));
    assertThat(delta(before, after, "suppliersPaid"), comparesEqualTo(new BigDecimal("2")));
    assertThat(
        delta(before, after, "daysFromInvoiceToPayment.orders"),
        comparesEqualTo(new BigDecimal("2")));
    Map<String, BigDecimal> monthly = new HashMap<>();
    monthly.merge(today.toString().substring(0, 7), new BigDecimal("100000"), BigDecimal::add);
    monthly.merge(later.toString().substring(0, 7), new BigDecimal("343000"), BigDecimal::add);
    monthly.forEach(
        (month, amount) ->
            assertThat(
                delta(before, after, "monthly.find { it.month == '" + month + "' }.amount"),
                comparesEqualTo(amount)));
    // The buyer's work unit is new: its figures are whole, with its name.
    Map<String, Object> unit =
        after.getMap("byWorkUnit.find { it.workUnitCode == '" + buyer.workUnit() + "' }");
    assertThat(
        new BigDecimal(unit.get("amount").toString()), comparesEqualTo(new BigDecimal("443000")));
    assertThat(
        unit,
        allOf(
            hasEntry("payments", (Object) 3),
            hasEntry("workUnitName", "Dinas Uji " + buyer.workUnit())));
    assertThat(after.getList("monthly"), hasSize(12));
    assertThat(after.getString("currency"), equalTo("IDR"));
    assertThat(after.getString("microAndSmallBusinesses.targetPercent"), equalTo("40"));
  }

  @Test
  void theRunningTotalsAgreeWithARecountOfEveryPayment() {
    Seller seller = seller("SMALL", "BATU");
    Buyer buyer = Buyer.create();
    long order =
        invoiced(buyer, seller, CatalogFixtures.product("Kopi", "COFFEE", "50000"), 2, "100000.00");
    pay(buyer.colleague("treasurer"), order, "100000").statusCode(201);

    // Every payment any test has made, recounted from the payments themselves.
    String recount =
        """
        select count(*) from (
          select extract(year from p.paid_on)::integer as year, d.dimension, d.key,
                 sum(p.amount) as amount, count(*) as count
          from payment p
          join purchase_order o on o.id = p.order_id
          join supplier s on s.id = o.supplier_id
          cross join lateral (values ('total', ''), ('month', to_char(p.paid_on, 'MM')),
              ('storefront', o.storefront), ('work_unit', o.work_unit_code),
              ('district', s.district), ('scale', s.scale), ('supplier', o.supplier_id::text))
              as d (dimension, key)
          group by 1, 2, 3) truth
        full join (select * from spend_statistic where dimension <> 'days_to_pay') kept
          using (year, dimension, key)
        where truth.amount is distinct from kept.amount or truth.count is distinct from kept.count
        """;
    assertThat(database.count(recount), equalTo(0L));
    assertThat(database.count("select count(*) from spend_statistic"), greaterThan(7L));
  }

  @Test
  void theMedianAndNinetiethPercentileAreComputedAsDocumented() {
    // Days 0, 3, 3, 10: median (3 + 3) / 2 = 3.0; 90th percentile rank ceil(3.6) = 4 → 10.
    assertThat(
        StatsService.daysToPay(histogram(Map.of(0, 1L, 3, 2L, 10, 1L))),
        equalTo(new StatsResponse.DaysToPay(4, new BigDecimal("3.0"), 10)));
    // Days 1, 2: median 1.5; rank ceil(1.8) = 2 → 2.
    assertThat(
        StatsService.daysToPay(histogram(Map.of(1, 1L, 2, 1L))),
        equalTo(new StatsResponse.DaysToPay(2, new BigDecimal("1.5"), 2)));
    // Days 7, 7, 9, 14, 30 (odd): median 9; rank ceil(4.5) = 5 → 30.
    assertThat(
        StatsService.daysToPay(histogram(Map.of(7, 2L, 9, 1L, 14, 1L, 30, 1L))),
        equalTo(new StatsResponse.DaysToPay(5, new BigDecimal("9.0"), 30)));
    // Ten orders of 1..10 days: rank 9 → 9.
    Map<Integer, Long> ten = new HashMap<>();
    for (int d = 1; d <= 10; d++) {
      ten.put(d, 1L);
    }
    assertThat(StatsService.daysToPay(histogram(ten)).percentile90(), equalTo(9));
    assertThat(
        StatsService.daysToPay(Map.of()), equalTo(new StatsResponse.DaysToPay(0, null, null)));
  }

  @Test
  void sharesArePercentOfTheTotalRoundedHalfUp() {
    // 100,000 of 443,000 = 22.5733…% → 22.57, under the 40% target.
    StatsResponse.Share share =
        StatsService.share(
            new BigDecimal("100000.00"), new BigDecimal("443000.00"), new BigDecimal("40"));
    assertThat(share.percent(), comparesEqualTo(new BigDecimal("22.57")));
    assertThat(share.targetMet(), equalTo(false));
    assertThat(
        StatsService.share(new BigDecimal("2.00"), new BigDecimal("5.00"), new BigDecimal("40"))
            .targetMet(),
        equalTo(true));
    assertThat(
        StatsService.share(BigDecimal.ZERO, BigDecimal.ZERO, null).percent(),
        comparesEqualTo(new BigDecimal("0")));
  }

  @Test
  void theYearIsCheckedAndTheFiguresArePublic() {
    int year = OrderFixtures.today().getYear();
    given().get(STATS).then().statusCode(200).body("year", equalTo(year));
    given().queryParam("year", 2000).get(STATS).then().statusCode(200);
    for (String bad : List.of("1999", String.valueOf(year + 1), "abc", "2026.5", "99999999999")) {
      given()
          .queryParam("year", bad)
          .get(STATS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given()
        .header("Accept-Language", "en")
        .queryParam("year", 1999)
        .get(STATS)
        .then()
        .body("errors.message", hasItem("must be a year from 2000 to " + year));
  }

  private static Map<String, Total> histogram(Map<Integer, Long> counts) {
    Map<String, Total> histogram = new HashMap<>();
    counts.forEach(
        (days, count) ->
            histogram.put(
                days.toString(),
                new Total("days_to_pay", days.toString(), BigDecimal.ZERO, count)));
    return histogram;
  }

  private static JsonPath stats(int year) {
    return given()
        .config(
            io.restassured.RestAssured.config()
                .jsonConfig(
                    JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
        .queryParam("year", year)
        .get(STATS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static BigDecimal delta(JsonPath before, JsonPath after, String path) {
    return new BigDecimal(after.getString(path)).subtract(new BigDecimal(before.getString(path)));
  }

  private static Seller seller(String scale, String district) {
    Account account = Account.create();
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put("scale", scale);
    profile.put("pkp", false);
    profile.put("pp55Certificate", false);
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) profile.get("address");
    address.put("district", district);
    return new Seller(account, SupplierFixtures.verified(account, profile));
  }

  private static long invoiced(
      Buyer buyer, Seller seller, Map<String, Object> listing, int quantity, String netPayable) {
    return OrderFixtures.invoiced(
        buyer.token(),
        seller.token(),
        CatalogFixtures.published(seller, listing),
        quantity,
        netPayable);
  }
}
