package id.banggaelokal.platform;

import static id.banggaelokal.workunit.WorkUnitFixtures.PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of error is answered as RFC 9457 problem details, in Indonesian or English. */
@QuarkusTest
class ProblemDetailsTest {

  private static final String PROBLEM = "application/problem+json";

  private static RequestSpecification asAdmin() {
    return given().auth().oauth2(Tokens.of("admin"));
  }

  @Test
  void validationNamesEachFieldInIndonesianByDefault() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("code", "bad code", "name", ""))
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .header("Content-Language", "id")
        .body("type", equalTo("https://api.banggaelokal.id/problems/validation"))
        .body("title", equalTo("Permintaan tidak valid"))
        .body("status", equalTo(400))
        .body("instance", equalTo(PATH))
        .body("requestId", notNullValue())
        .body("errors.field", containsInAnyOrder("code", "name"))
        .body("errors.find { it.field == 'name' }.message", equalTo("wajib diisi"));
  }

  @Test
  void validationMessagesInEnglishByAcceptLanguage() {
    asAdmin()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en-US,en;q=0.9,id;q=0.5")
        .body(Map.of("code", "WU-" + "X".repeat(40), "name", "x".repeat(201)))
        .post(PATH)
        .then()
        .statusCode(400)
        .header("Content-Language", "en")
        .body("title", equalTo("Invalid request"))
        .body(
            "errors.find { it.field == 'name' }.message",
            equalTo("length must be between 0 and 200"))
        .body("errors.find { it.field == 'code' }.message", containsString("capital letters"));
  }

  @Test
  void malformedJsonIs400() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"code\": \"ABC\", ")
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://api.banggaelokal.id/problems/malformed-request"))
        .body("detail", equalTo("Isi permintaan bukan JSON yang valid."));
  }

  @Test
  void unknownFieldAndWrongTypeNameTheField() {
    asAdmin()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en")
        .body("{\"code\": \"ABC\", \"name\": \"x\", \"colour\": \"red\"}")
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("colour"))
        .body("errors[0].message", equalTo("unknown field"));
    asAdmin()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en")
        .body("{\"code\": 12, \"name\": \"x\"}")
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"))
        .body("errors[0].message", equalTo("must be a string"));
  }

  @Test
  void badQueryParameterIs400NotA404() {
    asAdmin()
        .queryParam("page", "first")
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("page"));
    asAdmin()
        .queryParam("size", 101)
        .get(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
  }

  @Test
  void wrongMediaTypeIs415() {
    asAdmin()
        .contentType(ContentType.XML)
        .body("<workUnit/>")
        .post(PATH)
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("status", equalTo(415));
  }

  @Test
  void tooLargeBodyIs413() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"code\":\"ABC\",\"name\":\"" + "x".repeat(1_100_000) + "\"}")
        .post(PATH)
        .then()
        .statusCode(413)
        .contentType(PROBLEM)
        .body("status", equalTo(413));
  }

  @Test
  void unknownPathAndMethodAreProblems() {
    given()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("status", equalTo(404));
    asAdmin().delete(PATH).then().statusCode(405).contentType(PROBLEM);
  }

  @Test
  void invalidExpiredAndForeignTokensAre401() {
    given().auth().oauth2("not-a-token").get(PATH).then().statusCode(401).contentType(PROBLEM);
    String expired =
        Tokens.sign(
            Tokens.claims(Tokens.uniqueSubject(), null, "admin")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
    given().auth().oauth2(expired).get(PATH).then().statusCode(401).contentType(PROBLEM);
    String otherIssuer =
        Tokens.sign(Tokens.claims(Tokens.uniqueSubject(), null, "admin").issuer("https://evil"));
    given().auth().oauth2(otherIssuer).get(PATH).then().statusCode(401).contentType(PROBLEM);
  }

  @Test
  void tokenWithoutSubjectIs401AndAMalformedWorkUnitGivesNoWorkUnit() {
    String noSubject =
        Tokens.sign(Tokens.claims(Tokens.uniqueSubject(), null, "admin").remove("sub"));
    given().auth().oauth2(noSubject).get(PATH).then().statusCode(401).contentType(PROBLEM);
    // A valid token whose work unit claim is no code: no right to act for any work unit (403),
    // and nothing else taken away.
    String badWorkUnit = "'; drop table work_unit; --";
    given()
        .auth()
        .oauth2(Tokens.staff(badWorkUnit, "buyer"))
        .get("/api/v1/orders")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given().auth().oauth2(Tokens.staff(badWorkUnit, "admin")).get(PATH).then().statusCode(200);
  }

  @Test
  void wrongRoleIs403() {
    given()
        .auth()
        .oauth2(Tokens.of("supplier"))
        .get(PATH)
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("https://api.banggaelokal.id/problems/forbidden"));
  }

  @Test
  void conflictIs409() {
    String code = WorkUnitFixtures.uniqueCode();
    WorkUnitFixtures.create(code);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(WorkUnitFixtures.body(code))
        .post(PATH)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString(code));
  }

  @Test
  void malformedIfMatchIs400AndStaleIs412() {
    long id = WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode());
    asAdmin()
        .contentType(ContentType.JSON)
        .header("If-Match", "yesterday")
        .body(Map.of("name", "x"))
        .put(PATH + "/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("If-Match"));
    asAdmin()
        .contentType(ContentType.JSON)
        .header("If-Match", "W/\"5\", \"6\"")
        .body(Map.of("name", "x"))
        .put(PATH + "/" + id)
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
  }

  @Test
  void unexpectedFaultIs500WithoutInternals() {
    given()
        .header("X-Request-Id", "trace-me-42")
        .get("/test-support/faults/bug")
        .then()
        .statusCode(500)
        .contentType(PROBLEM)
        .header("X-Request-Id", "trace-me-42")
        .body("requestId", equalTo("trace-me-42"))
        .body(not(containsString("SELECT")))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("at id.banggaelokal")));
  }

  @Test
  void lostDatabaseIs503WithRetryAfter() {
    given()
        .get("/test-support/faults/database-gone")
        .then()
        .statusCode(503)
        .contentType(PROBLEM)
        .header("Retry-After", "5")
        .body(not(containsString("connection refused")));
  }

  @Test
  void databaseLostDuringTheCommitIs503WithRetryAfter() {
    given()
        .get("/test-support/faults/commit-lost")
        .then()
        .statusCode(503)
        .contentType(PROBLEM)
        .header("Retry-After", "5")
        .body(not(containsString("administrator")));
  }

  @Test
  void everyResponseCarriesARequestId() {
    given()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    given()
        .header("X-Request-Id", "abc-123")
        .get(PATH)
        .then()
        .statusCode(401)
        .header("X-Request-Id", "abc-123");
    given()
        .header("X-Request-Id", "q83vEjRWeJA+/w==")
        .get("/q/health/live")
        .then()
        .header("X-Request-Id", "q83vEjRWeJA+/w==");
    given()
        .header("X-Request-Id", "x".repeat(129))
        .get("/q/health/live")
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    given()
        .header("X-Request-Id", "evil\tinjected value")
        .get("/q/health/live")
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
  }
}
