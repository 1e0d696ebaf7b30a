package id.banggaelokal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogReadTest {

  private static final String PATH = "/api/v1/admin/audit-log";

  @Test
  void auditorsReadAnEntitysHistoryNewestFirstPageByPage() {
    String admin = Tokens.of("admin");
    long id = WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode());
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Dinas Baru", "address", "Jl. Baru 1"))
        .put(WorkUnitFixtures.PATH + "/" + id)
        .then()
        .statusCode(200);
    String auditor = Tokens.of("auditor");

    String cursor =
        given()
            .auth()
            .oauth2(auditor)
            .queryParam("entityType", "work_unit")
            .queryParam("entityId", Long.toString(id))
            .queryParam("limit", 1)
            .get(PATH)
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].action", equalTo("work_unit.updated"))
            .body("items[0].before.name", notNullValue())
            .body("items[0].after.name", equalTo("Dinas Baru"))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    given()
        .auth()
        .oauth2(auditor)
        .queryParam("entityType", "work_unit")
        .queryParam("entityId", Long.toString(id))
        .queryParam("cursor", cursor)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("work_unit.created")))
        .body("nextCursor", nullValue());
    given()
        .auth()
        .oauth2(admin)
        .queryParam("action", "work_unit.created")
        .queryParam("limit", 5)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.action", everyItem(equalTo("work_unit.created")));
  }

  @Test
  void badCursorsAndStrangersAreRefused() {
    String auditor = Tokens.of("auditor");
    for (String cursor : List.of("abc", "-1", "0", "99999999999999999999")) {
      given()
          .auth()
          .oauth2(auditor)
          .queryParam("cursor", cursor)
          .get(PATH)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given().auth().oauth2(auditor).queryParam("limit", 101).get(PATH).then().statusCode(400);
    given()
        .auth()
        .oauth2(auditor)
        .queryParam("from", "2026-12-02")
        .queryParam("to", "2026-12-01")
        .get(PATH)
        .then()
        .statusCode(400);
    given().auth().oauth2(Tokens.staff("DISKOMINFO", "buyer")).get(PATH).then().statusCode(403);
    given().auth().oauth2(Tokens.of("supplier")).get(PATH).then().statusCode(403);
    given().get(PATH).then().statusCode(401);
  }
}
