package id.banggaelokal.purchaserequest;

import static io.restassured.RestAssured.given;

import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Purchase requests made through the API. */
public final class PurchaseRequestFixtures {

  public static final String PATH = "/api/v1/purchase-requests";

  /** Owner's estimate of {@link #eventRequest}: 150 × 35,000 + 1 × 2,500,000. */
  public static final BigDecimal ESTIMATE_TOTAL = new BigDecimal("7750000.00");

  private PurchaseRequestFixtures() {}

  /** A buyer of a work unit of its own. */
  public record Buyer(String workUnit, String token) {
    public static Buyer create() {
      String code = WorkUnitFixtures.uniqueCode();
      WorkUnitFixtures.create(code);
      return new Buyer(code, Tokens.staff(code, "buyer"));
    }

    /** Another account of the same work unit, with this role. */
    public String colleague(String role) {
      return Tokens.staff(workUnit, role);
    }
  }

  /**
   * An event-service request (catering for 150 and a decoration package) whose quotations are due
   * at {@code deadline}; invited suppliers, or open to all when none are given.
   */
  public static Map<String, Object> eventRequest(OffsetDateTime deadline, List<Long> invited) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Katering rapat koordinasi OPD");
    body.put("storefront", "EVENT_SERVICE");
    body.put("description", "Makan siang 150 peserta dan dekorasi ruang rapat.");
    List<Map<String, Object>> lines = new ArrayList<>();
    lines.add(line("Nasi kotak ayam bakar", 150, "PER_PERSON", "35000"));
    lines.add(line("Dekorasi ruang rapat", 1, "PACKAGE", "2500000"));
    body.put("lines", lines);
    body.put("budgetCode", "5.1.02.01.01.0052");
    body.put("deliveryPlace", "Balai Kota Among Tani, Jl. Panglima Sudirman 507, Batu");
    body.put(
        "deliveryDate",
        deadline.atZoneSameInstant(ZoneOffset.ofHours(7)).toLocalDate().plusDays(7).toString());
    body.put("quotationDeadline", deadline.toString());
    body.put("participation", invited.isEmpty() ? "OPEN" : "INVITED");
    body.put("invitedSupplierIds", invited);
    return body;
  }

  public static Map<String, Object> line(
      String description, int quantity, String unit, String estimate) {
    Map<String, Object> line = new HashMap<>();
    line.put("description", description);
    line.put("quantity", quantity);
    line.put("unit", unit);
    line.put("estimateUnitPrice", new BigDecimal(estimate));
    return line;
  }

  public static ValidatableResponse create(String token, Map<String, Object> body) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then();
  }

  public static ValidatableResponse act(String token, long id, String action) {
    return given().auth().oauth2(token).post(PATH + "/" + id + "/" + action).then();
  }

  public static ValidatableResponse get(String token, long id) {
    return given().auth().oauth2(token).get(PATH + "/" + id).then();
  }

  /** Creates and publishes a request, answering its id. */
  public static long open(Buyer buyer, Map<String, Object> body) {
    long id = create(buyer.token(), body).statusCode(201).extract().jsonPath().getLong("id");
    act(buyer.token(), id, "publish").statusCode(200);
    return id;
  }
}
