package id.banggaelokal.integrity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.setting.SettingsService;
import id.banggaelokal.setting.api.SettingKey;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each integrity rule on a crafted case and on a near miss. The database is shared with every other
 * test, so each assertion is about the work units, suppliers, listings and orders this test made
 * (alerts found through their evidence), never about global counts.
 */
@QuarkusTest
class IntegrityAlertTest {

  private static final String ALERTS = "/api/v1/admin/integrity-alerts";

  @Inject TestClock clock;
  @Inject SettingsService settings;
  @Inject Database database;

  private final String admin = Tokens.of("admin");
  private final String auditor = Tokens.of("auditor");

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  // --- Rule 1 -------------------------------------------------------------------------------

  @Test
  void aSupplierAboveHalfOfAWorkUnitsSpendIsFlaggedAndOneAt49PercentIsNot() {
    Seller major = Seller.verified();
    Seller minor = Seller.verified();
    Buyer concentrated = Buyer.create();
    Buyer balanced = Buyer.create();
    Buyer small = Buyer.create();
    order(concentrated, listing(major, "1000000"), 70);
    order(concentrated, listing(minor, "1000000"), 35);
    order(balanced, listing(major, "1000000"), 49);
    order(balanced, listing(minor, "1000000"), 51);
    order(small, listing(major, "1000000"), 10);

    scan();

    List<Map<String, Object>> flagged =
        alerts("BUYER_SUPPLIER_CONCENTRATION", "workUnit", concentrated.workUnit());
    assertEquals(1, flagged.size(), flagged.toString());
    Map<String, Object> evidence = evidence(flagged.get(0));
    assertEquals(major.supplierId(), number(evidence, "supplierId").longValue());
    assertEquals(0, new BigDecimal("66.67").compareTo(number(evidence, "sharePercent")));
    assertEquals(0, new BigDecimal("105000000").compareTo(number(evidence, "workUnitSpend")));

    // 49% is not above half; its counterpart at 51% is.
    List<Map<String, Object>> balancedAlerts =
        alerts("BUYER_SUPPLIER_CONCENTRATION", "workUnit", balanced.workUnit());
    assertEquals(1, balancedAlerts.size(), balancedAlerts.toString());
    assertEquals(
        minor.supplierId(), number(evidence(balancedAlerts.get(0)), "supplierId").longValue());
    // All of a small work unit's spend, under the minimum spend.
    assertTrue(alerts("BUYER_SUPPLIER_CONCENTRATION", "workUnit", small.workUnit()).isEmpty());
  }

  // --- Rules 2 and 3 ------------------------------------------------------------------------

  @Test
  void aListingOrderedWithin24HoursOfItsFirstPublicationIsFlaggedAnd25HoursIsNot() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Seller seller = Seller.verified();
    Buyer buyer = Buyer.create();
    clock.set(now.minus(Duration.ofHours(23)));
    long fresh = listing(seller, "50000");
    clock.set(now.minus(Duration.ofHours(25)));
    long settled = listing(seller, "50000");
    clock.set(now);
    long freshOrder = order(buyer, fresh, 2);
    long settledOrder = order(buyer, settled, 2);

    scan();

    List<Map<String, Object>> flagged = byOrder("FRESH_LISTING_ORDERED", seller, freshOrder);
    assertEquals(1, flagged.size());
    Map<String, Object> evidence = evidence(flagged.get(0));
    assertEquals(fresh, number(evidence, "listingId").longValue());
    assertEquals(0, new BigDecimal("23.0").compareTo(number(evidence, "hoursAfterPublication")));
    assertEquals("OPEN", flagged.get(0).get("status"));
    assertTrue(byOrder("FRESH_LISTING_ORDERED", seller, settledOrder).isEmpty());

    // The summary speaks the caller's language.
    long id = ((Number) flagged.get(0).get("id")).longValue();
    given()
        .auth()
        .oauth2(auditor)
        .header("Accept-Language", "en")
        .get(ALERTS + "/" + id)
        .then()
        .statusCode(200)
        .body("summary", containsString("23 hours after the listing was first published"))
        .body("evidence.orderId", equalTo((int) freshOrder));
    given()
        .auth()
        .oauth2(auditor)
        .get(ALERTS + "/" + id)
        .then()
        .statusCode(200)
        .body("summary", containsString("23 jam setelah listing itu pertama kali terbit"));
  }

  @Test
  void aPriceRaisedWithinSevenDaysBeforeAnOrderIsFlaggedAndEightDaysOrACutIsNot() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Seller seller = Seller.verified();
    Buyer buyer = Buyer.create();
    clock.set(now.minus(Duration.ofDays(10)));
    long raisedLately = listing(seller, "100000");
    long raisedEarlier = listing(seller, "100000");
    long cut = listing(seller, "100000");
    clock.set(now.minus(Duration.ofDays(8)));
    reprice(seller, raisedEarlier, "130000");
    clock.set(now.minus(Duration.ofDays(6)));
    reprice(seller, raisedLately, "120000");
    reprice(seller, cut, "90000");
    clock.set(now);
    long flaggedOrder = order(buyer, raisedLately, 1);
    long earlierOrder = order(buyer, raisedEarlier, 1);
    long cutOrder = order(buyer, cut, 1);

    scan();

    List<Map<String, Object>> flagged = byOrder("PRICE_RAISED_BEFORE_ORDER", seller, flaggedOrder);
    assertEquals(1, flagged.size());
    Map<String, Object> evidence = evidence(flagged.get(0));
    assertEquals(raisedLately, number(evidence, "listingId").longValue());
    assertEquals(0, new BigDecimal("100000").compareTo(number(evidence, "previousPrice")));
    assertEquals(0, new BigDecimal("120000").compareTo(number(evidence, "raisedPrice")));
    assertTrue(byOrder("PRICE_RAISED_BEFORE_ORDER", seller, earlierOrder).isEmpty());
    assertTrue(byOrder("PRICE_RAISED_BEFORE_ORDER", seller, cutOrder).isEmpty());
    // Published ten days before: none of these was fresh.
    assertTrue(alerts("FRESH_LISTING_ORDERED", "supplierId", seller.supplierId()).isEmpty());
  }

  // --- Rule 4 -------------------------------------------------------------------------------

  @Test
  void oneBankAccountBehindTwoSuppliersIsFlaggedAndTheSameNumberAtAnotherBankIsNot() {
    String number = SupplierFixtures.digits(12);
    long first = registered("Bank BRI", number);
    long second = registered("bank  bri", number);
    String other = SupplierFixtures.digits(12);
    long atMandiri = registered("Bank Mandiri", other);
    long atBni = registered("Bank BNI", other);

    scan();

    List<Map<String, Object>> flagged = alerts("SHARED_BANK_ACCOUNT", "supplierId", first);
    assertEquals(1, flagged.size());
    assertEquals(List.of(first, second), ids(flagged.get(0).get("supplierIds")));
    assertEquals(number, evidence(flagged.get(0)).get("accountNumber"));
    assertTrue(alerts("SHARED_BANK_ACCOUNT", "supplierId", atMandiri).isEmpty());
    assertTrue(alerts("SHARED_BANK_ACCOUNT", "supplierId", atBni).isEmpty());
  }

  // --- Rule 5 -------------------------------------------------------------------------------

  @Test
  void ordersSplitBelowTheApprovalThresholdAreFlaggedAndThoseThatStayUnderItOrApartAreNot() {
    BigDecimal threshold = settings.on(OrderFixtures.today()).get(SettingKey.APPROVAL_THRESHOLD);
    String price =
        threshold.multiply(new BigDecimal("0.4")).setScale(0, RoundingMode.DOWN).toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Seller seller = Seller.verified();
    clock.set(now.minus(Duration.ofDays(12)));
    long listing = listing(seller, price);
    Buyer splitting = Buyer.create();
    Buyer under = Buyer.create();
    Buyer apart = Buyer.create();

    clock.set(now.minus(Duration.ofDays(20)));
    order(apart, listing, 1);
    clock.set(now.minus(Duration.ofDays(10)));
    order(apart, listing, 1);
    clock.set(now.minus(Duration.ofDays(5)));
    long firstSplit = order(splitting, listing, 1);
    order(under, listing, 1);
    clock.set(now.minus(Duration.ofDays(3)));
    long secondSplit = order(splitting, listing, 1);
    clock.set(now);
    long thirdSplit = order(splitting, listing, 1);
    order(under, listing, 1);
    order(apart, listing, 1);

    scan();

    List<Map<String, Object>> flagged = alerts("SPLIT_ORDERS", "workUnit", splitting.workUnit());
    assertEquals(1, flagged.size(), flagged.toString());
    Map<String, Object> evidence = evidence(flagged.get(0));
    assertEquals(List.of(firstSplit, secondSplit, thirdSplit), ids(evidence.get("orderIds")));
    assertEquals(0, threshold.compareTo(number(evidence, "approvalThreshold")));
    assertTrue(alerts("SPLIT_ORDERS", "workUnit", under.workUnit()).isEmpty());
    assertTrue(alerts("SPLIT_ORDERS", "workUnit", apart.workUnit()).isEmpty());
  }

  // --- Decisions, roles and repeated scans --------------------------------------------------

  @Test
  void onlyTheAdminDismissesOrConfirmsAndBothAreAudited() {
    Seller seller = Seller.verified();
    Buyer buyer = Buyer.create();
    long toDismiss = order(buyer, listing(seller, "40000"), 1);
    long toConfirm = order(buyer, listing(seller, "40000"), 1);
    scan();
    long dismissId = alertId(byOrder("FRESH_LISTING_ORDERED", seller, toDismiss));
    long confirmId = alertId(byOrder("FRESH_LISTING_ORDERED", seller, toConfirm));

    given().get(ALERTS).then().statusCode(401);
    given().auth().oauth2(auditor).get(ALERTS).then().statusCode(200);
    given().auth().oauth2(buyer.token()).get(ALERTS).then().statusCode(403);
    given().auth().oauth2(seller.token()).get(ALERTS + "/" + dismissId).then().statusCode(403);
    given().auth().oauth2(admin).get(ALERTS + "/999999999").then().statusCode(404);

    Map<String, String> reason = Map.of("reason", "Acara mendadak; pemesanan sudah dijelaskan.");
    decide(null, dismissId, "dismiss", reason).statusCode(401);
    decide(auditor, dismissId, "dismiss", reason).statusCode(403);
    decide(buyer.token(), dismissId, "dismiss", reason).statusCode(403);
    decide(buyer.colleague("approver"), dismissId, "dismiss", reason).statusCode(403);
    decide(seller.token(), dismissId, "dismiss", reason).statusCode(403);
    decide(auditor, confirmId, "confirm", Map.of()).statusCode(403);
    decide(admin, dismissId, "dismiss", Map.of("reason", " ")).statusCode(400);

    decide(admin, dismissId, "dismiss", reason)
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("DISMISSED"))
        .body("statusReason", equalTo(reason.get("reason")));
    decide(admin, dismissId, "confirm", Map.of()).statusCode(409);
    decide(admin, confirmId, "confirm", Map.of("note", "Diteruskan ke Inspektorat."))
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("statusReason", equalTo("Diteruskan ke Inspektorat."));
    decide(admin, confirmId, "dismiss", reason).statusCode(409);

    assertEquals(
        1,
        database.count(
            "select count(*) from audit_log where entity_type = 'integrity-alert'"
                + " and entity_id = ? and action = 'integrity-alert.dismissed'",
            Long.toString(dismissId)));
    assertEquals(
        1,
        database.count(
            "select count(*) from audit_log where entity_type = 'integrity-alert'"
                + " and entity_id = ? and action = 'integrity-alert.confirmed'",
            Long.toString(confirmId)));
    // Decided alerts stay decided and are listed by status.
    scan();
    List<Map<String, Object>> dismissed =
        page(
            Map.of(
                "rule",
                "FRESH_LISTING_ORDERED",
                "status",
                "DISMISSED",
                "supplierId",
                seller.supplierId()));
    assertEquals(1, dismissed.size());
    assertEquals(dismissId, alertId(dismissed));
  }

  @Test
  void aSecondScanRaisesNothingTwiceAndTwoScansAtOnceRaiseEachFindingOnce() throws Exception {
    Seller seller = Seller.verified();
    Buyer buyer = Buyer.create();
    long first = order(buyer, listing(seller, "30000"), 1);
    scan();
    scan();
    assertEquals(1, byOrder("FRESH_LISTING_ORDERED", seller, first).size());

    long second = order(buyer, listing(seller, "30000"), 1);
    long third = order(buyer, listing(seller, "30000"), 1);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> scans = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      scans.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return given()
                    .auth()
                    .oauth2(admin)
                    .post(ALERTS + "/scan")
                    .then()
                    .extract()
                    .statusCode();
              }));
    }
    start.countDown();
    for (CompletableFuture<Integer> scan : scans) {
      assertEquals(200, scan.get());
    }
    assertEquals(1, byOrder("FRESH_LISTING_ORDERED", seller, second).size());
    assertEquals(1, byOrder("FRESH_LISTING_ORDERED", seller, third).size());
    assertEquals(3, alerts("FRESH_LISTING_ORDERED", "supplierId", seller.supplierId()).size());
  }

  // --- Helpers ------------------------------------------------------------------------------

  private void scan() {
    given().auth().oauth2(admin).post(ALERTS + "/scan").then().statusCode(200);
  }

  private long listing(Seller seller, String price) {
    return CatalogFixtures.published(
        seller, CatalogFixtures.product("Keripik Apel " + price, "PROCESSED_APPLE", price));
  }

  private void reprice(Seller seller, long listing, String price) {
    given()
        .auth()
        .oauth2(seller.token())
        .contentType(ContentType.JSON)
        .body(CatalogFixtures.product("Keripik Apel", "PROCESSED_APPLE", price))
        .put(CatalogFixtures.LISTINGS + "/" + listing)
        .then()
        .statusCode(200);
  }

  private static long order(Buyer buyer, long listing, int quantity) {
    return OrderFixtures.placed(
        buyer.token(), OrderFixtures.direct(OrderFixtures.line(listing, quantity)));
  }

  private static long registered(String bank, String accountNumber) {
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put(
        "bankAccount",
        new HashMap<>(
            Map.of("bankName", bank, "accountNumber", accountNumber, "accountHolder", "Budi")));
    return SupplierFixtures.register(Account.create(), profile)
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private io.restassured.response.ValidatableResponse decide(
      String token, long id, String verb, Map<String, String> body) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (token != null) {
      request.auth().oauth2(token);
    }
    return request.post(ALERTS + "/" + id + "/" + verb).then();
  }

  private List<Map<String, Object>> alerts(String rule, String filter, Object value) {
    return page(Map.of("rule", rule, filter, value));
  }

  private List<Map<String, Object>> page(Map<String, Object> query) {
    return given()
        .auth()
        .oauth2(admin)
        .queryParams(query)
        .queryParam("size", 100)
        .get(ALERTS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The alerts of a rule about this supplier whose evidence names the order. */
  private List<Map<String, Object>> byOrder(String rule, Seller seller, long order) {
    return alerts(rule, "supplierId", seller.supplierId()).stream()
        .filter(a -> number(evidence(a), "orderId").longValue() == order)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> evidence(Map<String, Object> alert) {
    return (Map<String, Object>) alert.get("evidence");
  }

  private static BigDecimal number(Map<String, Object> evidence, String field) {
    return new BigDecimal(String.valueOf(evidence.get(field)));
  }

  private static List<Long> ids(Object values) {
    return ((List<?>) values).stream().map(v -> ((Number) v).longValue()).toList();
  }

  private static long alertId(List<Map<String, Object>> alerts) {
    assertEquals(1, alerts.size(), alerts.toString());
    return ((Number) alerts.get(0).get("id")).longValue();
  }
}
