package id.banggaelokal.report;

import static id.banggaelokal.order.OrderFixtures.pay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin reports, as JSON and as CSV parsed back, for one work unit's purchases. */
@QuarkusTest
class ReportTest {

  private static final String REPORTS = "/api/v1/admin/reports/";

  @Inject TestClock clock;

  private Buyer buyer;
  private Seller seller;
  private long product;
  private long late;
  private LocalDate today;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  /**
   * A work unit buys twice from a supplier whose trading name would be a spreadsheet formula:
   * 100,000 paid on the invoice's day, and 343,000 (350,000 less PPh 23) paid 20 days later, 6 days
   * after its 14-day term.
   */
  @BeforeEach
  void twoPurchases() {
    today = OrderFixtures.today();
    Account account = Account.create();
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put("tradingName", "=HYPERLINK(\"http://x\",\"Katering, Enak\")");
    profile.put("pkp", false);
    profile.put("pp55Certificate", false);
    seller = new Seller(account, SupplierFixtures.verified(account, profile));
    buyer = Buyer.create();
    product =
        OrderFixtures.invoiced(
            buyer.token(),
            seller.token(),
            CatalogFixtures.published(
                seller, CatalogFixtures.product("Keripik", "PROCESSED_APPLE", "25000")),
            4,
            "100000");
    pay(buyer.colleague("treasurer"), product, "100000").statusCode(201);
    late =
        OrderFixtures.invoiced(
            buyer.token(),
            seller.token(),
            CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "35000")),
            10,
            "343000");
    clock.set(Instant.now().plus(Duration.ofDays(20)));
    pay(buyer.colleague("treasurer"), late, "343000", today.plusDays(20)).statusCode(201);
  }

  @Test
  void spendAddsUpByWorkUnitStorefrontAndSupplier() {
    String period = "from=" + today + "&to=" + today.plusDays(20) + "&workUnit=" + buyer.workUnit();
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .get(REPORTS + "spend?" + period)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("report", equalTo("spend"))
        .body("by", equalTo("WORK_UNIT"))
        .body("items", hasSize(1))
        .body("items[0].key", equalTo(buyer.workUnit()))
        .body("items[0].name", equalTo("Dinas Uji " + buyer.workUnit()))
        .body("items[0].amount", equalTo(443000.0f))
        .body("items[0].payments", equalTo(2));

    List<List<String>> csv = csv(Tokens.of("admin"), "spend?" + period + "&by=STOREFRONT");
    assertThat(csv.get(0), equalTo(List.of("key", "name", "amount", "payments", "orders")));
    assertThat(
        csv.subList(1, csv.size()),
        equalTo(
            List.of(
                List.of("EVENT_SERVICE", "", "343000.00", "1", "1"),
                List.of("FLAGSHIP_PRODUCT", "", "100000.00", "1", "1"))));

    // The supplier's name is data, never a formula, and its comma and quotes survive.
    List<List<String>> bySupplier = csv(Tokens.of("admin"), "spend?" + period + "&by=SUPPLIER");
    assertThat(
        bySupplier.get(1),
        equalTo(
            List.of(
                Long.toString(seller.supplierId()),
                "'=HYPERLINK(\"http://x\",\"Katering, Enak\")",
                "443000.00",
                "2",
                "2")));
    // Only the period's payments count.
    assertThat(
        csv(
                Tokens.of("admin"),
                "spend?from=" + today + "&to=" + today + "&workUnit=" + buyer.workUnit())
            .get(1)
            .get(2),
        equalTo("100000.00"));
  }

  @Test
  void paymentsShowTheirDueDateAndDaysLate() {
    List<List<String>> csv =
        csv(
            Tokens.of("auditor"),
            "payments?from="
                + today
                + "&to="
                + today.plusDays(20)
                + "&workUnit="
                + buyer.workUnit());
    List<String> header = csv.get(0);
    assertThat(csv, hasSize(3));
    Map<String, String> first = row(header, csv.get(1));
    Map<String, String> second = row(header, csv.get(2));
    assertThat(first.get("orderId"), equalTo(Long.toString(product)));
    assertThat(first.get("amount"), equalTo("100000.00"));
    assertThat(first.get("paidOn"), equalTo(today.toString()));
    assertThat(first.get("daysLate"), equalTo("0"));
    assertThat(second.get("orderId"), equalTo(Long.toString(late)));
    assertThat(second.get("invoicedOn"), equalTo(today.toString()));
    assertThat(second.get("dueOn"), equalTo(today.plusDays(14).toString()));
    assertThat(second.get("paidOn"), equalTo(today.plusDays(20).toString()));
    assertThat(second.get("daysLate"), equalTo("6"));
    assertThat(second.get("invoiceNumber"), startsWith("INV/S" + seller.supplierId() + "/"));
  }

  @Test
  void theSupplierListShowsStatusDocumentsAndTotals() {
    Response json =
        given()
            .auth()
            .oauth2(Tokens.of("admin"))
            .get(
                REPORTS
                    + "suppliers?from="
                    + today
                    + "&to="
                    + today.plusDays(20)
                    + "&workUnit="
                    + buyer.workUnit());
    json.then().statusCode(200);
    List<Map<String, Object>> items = json.jsonPath().getList("items");
    Map<String, Object> mine =
        items.stream()
            .filter(i -> ((Number) i.get("supplierId")).longValue() == seller.supplierId())
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("status"), equalTo("VERIFIED"));
    assertThat(mine.get("orders"), equalTo(2));
    assertThat(mine.get("ordered").toString(), equalTo("450000.0"));
    assertThat(mine.get("paid").toString(), equalTo("443000.0"));
    assertThat(mine.get("nibExpiry"), equalTo(LocalDate.now().plusYears(4).toString()));
    assertThat(mine.get("expiredDocuments"), equalTo(0));
  }

  @Test
  void onlyTheOfficeAndTheInspectorateReadReports() {
    for (String report : List.of("spend", "suppliers", "payments")) {
      given().get(REPORTS + report).then().statusCode(401);
      given().auth().oauth2(buyer.token()).get(REPORTS + report).then().statusCode(403);
      given().auth().oauth2(seller.token()).get(REPORTS + report).then().statusCode(403);
      given().auth().oauth2(Tokens.of("auditor")).get(REPORTS + report).then().statusCode(200);
    }
  }

  @Test
  void badPeriodsAndGroupingsAreRefused() {
    String admin = Tokens.of("admin");
    for (String query :
        List.of(
            "spend?from=2026-05-01&to=2026-04-30",
            "spend?from=2020-01-01&to=2026-01-02",
            "spend?by=DISTRICT",
            "payments?from=2026-02-30",
            "suppliers?to=tomorrow",
            "payments?workUnit=" + "X".repeat(51))) {
      given()
          .auth()
          .oauth2(admin)
          .accept("text/csv")
          .get(REPORTS + query)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  private static List<List<String>> csv(String token, String query) {
    Response response = given().auth().oauth2(token).accept("text/csv").get(REPORTS + query);
    response
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .header("Content-Disposition", startsWith("attachment; filename="));
    return parse(response.asString());
  }

  private static Map<String, String> row(List<String> header, List<String> values) {
    Map<String, String> row = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), values.get(i));
    }
    return row;
  }

  /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        // part of the CRLF row end
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
