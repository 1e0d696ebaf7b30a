package id.banggaelokal.workunit;

import static io.restassured.RestAssured.given;

import id.banggaelokal.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Work units made through the API, each with a code no other test uses. */
public final class WorkUnitFixtures {

  public static final String PATH = "/api/v1/admin/work-units";

  private WorkUnitFixtures() {}

  public static String uniqueCode() {
    return "WU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  public static Map<String, Object> body(String code) {
    return Map.of("code", code, "name", "Dinas Uji " + code, "address", "Jl. Diponegoro 1, Batu");
  }

  /** Creates a work unit as an admin and answers the response. */
  public static ValidatableResponse create(String code) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .contentType(ContentType.JSON)
        .body(body(code))
        .post(PATH)
        .then()
        .statusCode(201);
  }

  /** Creates a work unit and answers its id. */
  public static long createId(String code) {
    return create(code).extract().jsonPath().getLong("id");
  }
}
