package id.banggaelokal.quotation;

import static io.restassured.RestAssured.given;

import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quotations made through the API. */
public final class QuotationFixtures {

  public static final String PATH = "/api/v1/quotations";

  private QuotationFixtures() {}

  /** Prices for the lines 1, 2, … of a request. */
  public static List<Map<String, Object>> prices(String... unitPrices) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < unitPrices.length; i++) {
      lines.add(Map.of("lineNo", i + 1, "unitPrice", new BigDecimal(unitPrices[i])));
    }
    return lines;
  }

  public static Map<String, Object> quotation(int deliveryDays, String... unitPrices) {
    Map<String, Object> body = new HashMap<>();
    body.put("lines", prices(unitPrices));
    body.put("deliveryDays", deliveryDays);
    body.put("validUntil", LocalDate.now().plusDays(60).toString());
    body.put("notes", "Harga termasuk pengantaran.");
    return body;
  }

  public static ValidatableResponse submit(String token, long requestId, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post(PurchaseRequestFixtures.PATH + "/" + requestId + "/quotations")
        .then();
  }

  /** Submits a quotation, answering its id. */
  public static long quote(String token, long requestId, int deliveryDays, String... unitPrices) {
    return submit(token, requestId, quotation(deliveryDays, unitPrices))
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static ValidatableResponse act(String token, long id, String action) {
    return given().auth().oauth2(token).post(PATH + "/" + id + "/" + action).then();
  }

  public static ValidatableResponse get(String token, String path) {
    return given().auth().oauth2(token).get(path).then();
  }
}
