package id.banggaelokal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

  @Test
  void livenessAndReadinessAreUpWithTheDatabaseChecked() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
  }

  @Test
  void metricsAreExposedForPrometheus() {
    given().get("/q/health/live").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("# TYPE"))
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void madeUpPathsOfRefusedRequestsDoNotBecomeMetricTags() {
    String marker = "zz" + java.util.UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 120; i++) {
      // A method the path does not allow (405), and a malformed token refused on entry (401).
      given().delete("/api/v1/admin/work-units/" + marker + i).then().statusCode(405);
      given()
          .header("Authorization", "Bearer " + marker)
          .get("/api/v1/" + marker + i)
          .then()
          .statusCode(401);
    }
    given().get("/api/v1/storefronts").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.not(containsString(marker)))
        .body(containsString("uri=\"/refused\""))
        .body(containsString("uri=\"/api/v1/storefronts\""));
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void browserFrontendsOnOtherOriginsMayCallTheApiWithABearerToken() {
    given()
        .header("Origin", "https://portal.example.id")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .options("/api/v1/orders")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("https://portal.example.id"))
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("idempotency-key"));
    given()
        .header("Origin", "https://portal.example.id")
        .get("/api/v1/storefronts")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("https://portal.example.id"))
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
    // A browser frontend reads the OCDS feed's cursor and an idempotent replay's marker.
    given()
        .header("Origin", "https://portal.example.id")
        .get("/api/v1/ocds/releases")
        .then()
        .statusCode(200)
        .header("Access-Control-Expose-Headers", containsString("X-Next-Cursor"))
        .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
    given()
        .header("Origin", "https://portal.example.id")
        .get("/api/v1/notifications")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("Access-Control-Allow-Origin", equalTo("https://portal.example.id"));
  }
}
