package id.banggaelokal.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import id.banggaelokal.quotation.QuotationFixtures;
import id.banggaelokal.suite.World.Principal;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix of QUALITY.md: every operation of the served OpenAPI document, called by
 * every kind of caller against a {@link World} of real data with real signed tokens, answers what
 * {@code suite/authorization-matrix.txt} says. An operation of the document without a row (or a row
 * without an operation) fails the suite, so a new endpoint cannot ship without deciding who may
 * call it.
 */
@QuarkusTest
class AuthorizationMatrixTest {

  private static final String MATRIX = "/suite/authorization-matrix.txt";
  private static final Set<Integer> REFUSALS = Set.of(401, 403, 404);

  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void everyOperationAnswersEveryCallerAsTheMatrixSays() throws IOException {
    Map<String, Operation> operations = servedOperations();
    Map<String, List<String>> matrix = matrix();
    SuiteReport report = new SuiteReport("authz-matrix");

    Set<String> missing = new TreeSet<>(operations.keySet());
    missing.removeAll(matrix.keySet());
    missing.forEach(op -> report.failure(op + ": in the OpenAPI document but not in the matrix"));
    Set<String> stale = new TreeSet<>(matrix.keySet());
    stale.removeAll(operations.keySet());
    stale.forEach(op -> report.failure(op + ": in the matrix but not in the OpenAPI document"));

    World world = World.build(clock);
    matrix.forEach(
        (operationId, cells) -> {
          Operation operation = operations.get(operationId);
          if (operation != null) {
            check(world, operation, cells, report);
          }
        });
    assertTrue(report.requests() >= 9 * operations.size() - 9 * stale.size());
    report.finish();
  }

  /** One row: the refused callers first, so that an allowed call cannot hide a refusal. */
  private void check(World world, Operation operation, List<String> cells, SuiteReport report) {
    Principal[] principals = Principal.values();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < principals.length; i++) {
      if (!cells.get(i).equals("ok")) {
        order.add(i);
      }
    }
    for (int i = 0; i < principals.length; i++) {
      if (cells.get(i).equals("ok")) {
        order.add(i);
      }
    }
    for (int i : order) {
      Principal principal = principals[i];
      String expected = cells.get(i);
      Response response = call(world, operation, world.token(principal));
      report.sent(operation.id());
      int status = response.statusCode();
      boolean matches =
          expected.equals("ok")
              ? status < 500 && !REFUSALS.contains(status)
              : status == Integer.parseInt(expected);
      if (!matches) {
        report.failure(
            "%s %s as %s: expected %s, got %d %s"
                .formatted(
                    operation.method(),
                    operation.id(),
                    principal,
                    expected,
                    status,
                    abbreviate(response.asString())));
      } else if (status >= 400 && !isProblem(response)) {
        report.failure(
            "%s as %s: %d without a problem body (%s)"
                .formatted(operation.id(), principal, status, response.contentType()));
      }
    }
  }

  private static boolean isProblem(Response response) {
    String type = response.contentType();
    return type != null && type.startsWith("application/problem+json");
  }

  private static String abbreviate(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  private Response call(World world, Operation operation, String token) {
    RequestSpecification request = given().redirects().follow(false);
    if (token != null) {
      request.auth().oauth2(token);
    }
    if (operation.method().equals("POST")) {
      request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    String path = world.path(operation.path());
    switch (operation.id()) {
      case "getRentalAvailability" -> {
        path = path.replace("/" + world.id("product") + "/", "/" + world.id("rental") + "/");
        request
            .queryParam("from", OrderFixtures.today().toString())
            .queryParam("to", OrderFixtures.today().plusDays(7).toString());
      }
      // Unpublishing hides a listing, and another supplier is told 404 instead of 403 for a hidden
      // one: these two act on the event service, so the product stays public for the rows after.
      case "publishListing", "unpublishListing" ->
          path = path.replace("/" + world.id("product") + "/", "/" + world.id("event") + "/");
      case "addListingPhoto" ->
          request.multiPart("file", "foto.png", SupplierFixtures.PNG, "image/png");
      case "uploadMySupplierDocument" ->
          request
              .multiPart("type", "BUSINESS_LICENSE")
              .multiPart("number", "DOC-" + SupplierFixtures.digits(6))
              .multiPart("issueDate", LocalDate.now().minusYears(1).toString())
              .multiPart("expiryDate", LocalDate.now().plusYears(4).toString())
              .multiPart("file", "siup.pdf", SupplierFixtures.PDF, "application/pdf");
      default -> {
        Function<World, Object> body = BODIES.get(operation.id());
        if (body != null) {
          request.contentType(ContentType.JSON).body(body.apply(world));
        }
      }
    }
    return request.request(operation.method(), path);
  }

  private static final Map<String, Object> REASON = Map.of("reason", "Uji matriks otorisasi.");

  /** A valid body for every operation that takes JSON, so that callers are judged, not inputs. */
  private static final Map<String, Function<World, Object>> BODIES =
      Map.ofEntries(
          Map.entry(
              "updateSettings",
              w ->
                  Map.of(
                      "changes",
                      List.of(
                          Map.of(
                              "key",
                              "PAYMENT_TERM_DAYS",
                              "value",
                              14,
                              "effectiveFrom",
                              OrderFixtures.today().plusDays(30).toString())))),
          Map.entry("createWorkUnit", w -> WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode())),
          Map.entry(
              "updateWorkUnit",
              w -> Map.of("name", "Dinas Uji Matriks", "address", "Jl. Diponegoro 1, Batu")),
          Map.entry("rejectSupplier", w -> REASON),
          Map.entry("suspendSupplier", w -> REASON),
          Map.entry("dismissIntegrityAlert", w -> REASON),
          Map.entry("confirmIntegrityAlert", w -> Map.of("note", "Uji matriks otorisasi.")),
          Map.entry("registerSupplier", w -> SupplierFixtures.profile()),
          Map.entry("updateMySupplierProfile", World::supplierProfile),
          Map.entry(
              "createListing", w -> CatalogFixtures.product("Kopi Uji Matriks", "COFFEE", "60000")),
          Map.entry(
              "updateListing",
              w -> CatalogFixtures.product("Keripik Apel Batu", "PROCESSED_APPLE", "25000")),
          Map.entry("createPurchaseRequest", AuthorizationMatrixTest::purchaseRequest),
          Map.entry("updatePurchaseRequest", AuthorizationMatrixTest::purchaseRequest),
          Map.entry("cancelPurchaseRequest", w -> REASON),
          Map.entry("submitQuotation", w -> QuotationFixtures.quotation(5, "34000", "2400000")),
          Map.entry("reviseQuotation", w -> QuotationFixtures.quotation(5, "34000", "2400000")),
          Map.entry("sendCounterOffer", World::counterOffer),
          Map.entry("counterCounterOffer", World::counterOffer),
          Map.entry(
              "placeDirectOrder",
              w -> OrderFixtures.direct(OrderFixtures.line(w.id("product"), 1))),
          Map.entry("rejectOrder", w -> REASON),
          Map.entry("declineOrder", w -> REASON),
          Map.entry("cancelOrder", w -> REASON),
          Map.entry(
              "recordDelivery",
              w ->
                  Map.of(
                      "deliveredOn",
                      OrderFixtures.today().toString(),
                      "lines",
                      List.of(Map.of("lineNo", 1, "quantity", 1)))),
          Map.entry(
              "acceptDelivery", w -> Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2)))),
          Map.entry("disputeDelivery", w -> REASON),
          Map.entry(
              "recordPayment",
              w ->
                  Map.of(
                      "amount",
                      new BigDecimal("1000"),
                      "paidOn",
                      OrderFixtures.today().toString(),
                      "method",
                      "SP2D_TRANSFER",
                      "reference",
                      "SP2D MATRIKS")),
          Map.entry("rateOrder", w -> Map.of("score", 5, "comment", "Tepat waktu.")),
          Map.entry("replyToRating", w -> Map.of("reply", "Terima kasih.")));

  private static Object purchaseRequest(World world) {
    return PurchaseRequestFixtures.eventRequest(world.now().plusDays(1), List.of());
  }

  private record Operation(String id, String method, String path) {}

  /** The operations of the served OpenAPI document by operation id. */
  private static Map<String, Operation> servedOperations() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given().queryParam("format", "json").get("/q/openapi").then().extract().path("paths");
    Map<String, Operation> operations = new LinkedHashMap<>();
    paths.forEach(
        (path, methods) ->
            methods.forEach(
                (method, operation) -> {
                  if (operation.get("operationId") instanceof String id) {
                    operations.put(id, new Operation(id, method.toUpperCase(), path));
                  }
                }));
    return operations;
  }

  /** The matrix file: operation id → its nine cells, in file order. */
  private static Map<String, List<String>> matrix() throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(MATRIX)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] fields = trimmed.split("\\s+");
        if (fields.length != 1 + Principal.values().length) {
          throw new IllegalStateException("matrix row needs 10 fields: " + line);
        }
        if (rows.put(fields[0], List.of(fields).subList(1, fields.length)) != null) {
          throw new IllegalStateException("matrix row twice: " + fields[0]);
        }
      }
    }
    return rows;
  }
}
