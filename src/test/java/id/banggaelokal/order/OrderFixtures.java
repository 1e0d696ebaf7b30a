package id.banggaelokal.order;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders driven through the API. */
public final class OrderFixtures {

  public static final String PATH = "/api/v1/orders";

  private OrderFixtures() {}

  /** Today in the city (the service's business dates are the city's). */
  public static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
  }

  /** A request whose JSON decimals are read as exact BigDecimals. */
  public static RequestSpecification as(String token) {
    return given()
        .config(
            RestAssured.config()
                .jsonConfig(
                    JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
        .auth()
        .oauth2(token);
  }

  public static Map<String, Object> line(long listingId, int quantity) {
    Map<String, Object> line = new HashMap<>();
    line.put("listingId", listingId);
    line.put("quantity", quantity);
    return line;
  }

  public static Map<String, Object> rentalLine(
      long listingId, int quantity, LocalDate from, LocalDate to) {
    Map<String, Object> line = line(listingId, quantity);
    line.put("rentalFrom", from.toString());
    line.put("rentalTo", to.toString());
    return line;
  }

  @SafeVarargs
  public static Map<String, Object> direct(Map<String, Object>... lines) {
    Map<String, Object> order = new HashMap<>();
    order.put("lines", new ArrayList<>(List.of(lines)));
    order.put("deliveryPlace", "Kantor Dinas, Jl. Sultan Agung 1, Batu");
    order.put("deliveryDate", today().plusDays(10).toString());
    return order;
  }

  public static ValidatableResponse place(String token, Map<String, Object> order) {
    return as(token)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(order)
        .post(PATH)
        .then();
  }

  /** Places a direct order, answering its id. */
  public static long placed(String token, Map<String, Object> order) {
    return place(token, order).statusCode(201).extract().<Number>path("id").longValue();
  }

  public static ValidatableResponse act(String token, long id, String verb) {
    return as(token).post(PATH + "/" + id + "/" + verb).then();
  }

  public static ValidatableResponse act(String token, long id, String verb, String reason) {
    return as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .post(PATH + "/" + id + "/" + verb)
        .then();
  }

  /** Records a delivery made today of these quantities per line number. */
  public static ValidatableResponse deliver(String token, long id, int... lineQuantities) {
    return deliver(token, id, today(), lineQuantities);
  }

  /** Records a delivery made on this day of these quantities per line number. */
  public static ValidatableResponse deliver(
      String token, long id, LocalDate deliveredOn, int... lineQuantities) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < lineQuantities.length; i += 2) {
      lines.add(Map.of("lineNo", lineQuantities[i], "quantity", lineQuantities[i + 1]));
    }
    return as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("deliveredOn", deliveredOn.toString(), "lines", lines))
        .post(PATH + "/" + id + "/deliveries")
        .then();
  }

  /** The id of the latest delivery in an order response. */
  public static long latestDelivery(ValidatableResponse order) {
    List<Number> ids = order.extract().path("deliveries.id");
    return ids.get(ids.size() - 1).longValue();
  }

  public static ValidatableResponse accept(
      String token, long id, long deliveryId, int... lineAccepted) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < lineAccepted.length; i += 2) {
      lines.add(Map.of("lineNo", lineAccepted[i], "quantity", lineAccepted[i + 1]));
    }
    return as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("lines", lines))
        .post(PATH + "/" + id + "/deliveries/" + deliveryId + "/accept")
        .then();
  }

  public static ValidatableResponse pay(String token, long id, String amount) {
    return pay(token, id, amount, today());
  }

  public static ValidatableResponse pay(String token, long id, String amount, LocalDate paidOn) {
    return as(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "amount",
                new BigDecimal(amount),
                "paidOn",
                paidOn.toString(),
                "method",
                "SP2D_TRANSFER",
                "reference",
                "SP2D " + UUID.randomUUID().toString().substring(0, 8)))
        .post(PATH + "/" + id + "/payments")
        .then();
  }

  /**
   * Publishes a listing of the seller's, and takes an order of it through placement, confirmation,
   * delivery and acceptance to its invoice, answering the order id.
   */
  public static long invoiced(
      String buyer, String seller, long listingId, int quantity, String expectedNetPayable) {
    long order = placed(buyer, direct(line(listingId, quantity)));
    act(seller, order, "confirm").statusCode(200);
    long delivery = latestDelivery(deliver(seller, order, 1, quantity).statusCode(201));
    accept(buyer, order, delivery).statusCode(200);
    act(seller, order, "invoice")
        .statusCode(200)
        .body(
            "invoice.netPayable",
            org.hamcrest.Matchers.comparesEqualTo(new BigDecimal(expectedNetPayable)));
    return order;
  }
}
