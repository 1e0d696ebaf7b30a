package id.banggaelokal.workunit;

import static id.banggaelokal.workunit.WorkUnitFixtures.PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkUnitResourceTest {

  @Inject Database database;

  @Test
  void adminCreatesWorkUnitWithLocationAndETag() {
    String code = WorkUnitFixtures.uniqueCode();
    var created =
        given()
            .auth()
            .oauth2(Tokens.of("admin"))
            .contentType(ContentType.JSON)
            .body(Map.of("code", code, "name", "  Dinas Pariwisata  ", "address", "Jl. Sudirman"))
            .post(PATH)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("code", equalTo(code))
            .body("name", equalTo("Dinas Pariwisata"))
            .body("active", equalTo(true))
            .body("version", equalTo(0))
            .extract();
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location"), startsWith("http"));
    assertThat(created.header("Location"), endsWith(PATH + "/" + id));

    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .get(PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("code", equalTo(code))
        .body("address", equalTo("Jl. Sudirman"))
        .body("createdAt", notNullValue());
    assertEquals(1, database.count("select count(*) from work_unit where code = ?", code));
  }

  @Test
  void listIsPagedAndFiltered() {
    String prefix = "WU-P" + WorkUnitFixtures.uniqueCode().substring(4, 8);
    for (int i = 0; i < 3; i++) {
      WorkUnitFixtures.create(prefix + "-" + i);
    }
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("q", prefix.toLowerCase())
        .queryParam("size", 2)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.code", everyItem(startsWith(prefix)))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(3))
        .body("totalPages", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("q", prefix)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].code", equalTo(prefix + "-2"));
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("q", "a".repeat(201))
        .get(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(java.util.List.of("q")));
  }

  @Test
  void updateWithCurrentVersionSucceedsAndStaleVersionIsRefused() {
    long id = WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode());
    String admin = Tokens.of("admin");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Dinas Baru", "address", "Jl. Baru"))
        .put(PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Dinas Baru"))
        .body("version", equalTo(1));

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Lost Update"))
        .put(PATH + "/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("status", equalTo(412));
    given()
        .auth()
        .oauth2(admin)
        .get(PATH + "/" + id)
        .then()
        .body("name", equalTo("Dinas Baru"))
        .body("version", equalTo(1));
  }

  @Test
  void deactivateAndActivateAreStateTransitions() {
    long id = WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode());
    String admin = Tokens.of("admin");
    given()
        .auth()
        .oauth2(admin)
        .post(PATH + "/" + id + "/deactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    given()
        .auth()
        .oauth2(admin)
        .post(PATH + "/" + id + "/deactivate")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(admin)
        .queryParam("active", false)
        .queryParam("size", 100)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) id));
    given()
        .auth()
        .oauth2(admin)
        .post(PATH + "/" + id + "/activate")
        .then()
        .statusCode(200)
        .body("active", equalTo(true))
        .body("version", equalTo(2));
  }

  @Test
  void duplicateCodeIsAConflictNamingTheField() {
    String code = WorkUnitFixtures.uniqueCode();
    WorkUnitFixtures.create(code);
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .contentType(ContentType.JSON)
        .body(WorkUnitFixtures.body(code))
        .post(PATH)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("code"));
    assertEquals(1, database.count("select count(*) from work_unit where code = ?", code));
  }

  @Test
  void anonymousCallerGets401() {
    given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode()))
        .post(PATH)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void rolesOtherThanAdminCannotChangeWorkUnits() {
    long id = WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode());
    for (String role : new String[] {"auditor", "buyer", "supplier", "approver", "treasurer"}) {
      String token = Tokens.staff("DISKOMINFO", role);
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode()))
          .post(PATH)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("name", "Hijacked"))
          .put(PATH + "/" + id)
          .then()
          .statusCode(403);
      given().auth().oauth2(token).post(PATH + "/" + id + "/deactivate").then().statusCode(403);
    }
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .get(PATH + "/" + id)
        .then()
        .body("version", equalTo(0))
        .body("active", equalTo(true));
  }

  @Test
  void onlyAdminAndAuditorCanRead() {
    long id = WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode());
    for (String role : new String[] {"buyer", "supplier", "approver", "treasurer"}) {
      given().auth().oauth2(Tokens.of(role)).get(PATH).then().statusCode(403);
      given().auth().oauth2(Tokens.of(role)).get(PATH + "/" + id).then().statusCode(403);
    }
    given().auth().oauth2(Tokens.of("auditor")).get(PATH).then().statusCode(200);
  }

  @Test
  void unknownWorkUnitIs404() {
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .get(PATH + "/987654321")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("987654321"));
  }
}
