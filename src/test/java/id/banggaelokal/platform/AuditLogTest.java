package id.banggaelokal.platform;

import static id.banggaelokal.workunit.WorkUnitFixtures.PATH;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

  @Inject Database database;

  @Test
  void changesAreAuditedWithActorRequestIdAndBeforeAfter() {
    String admin = Tokens.uniqueSubject();
    String token = Tokens.forUser(admin, null, "admin");
    String code = WorkUnitFixtures.uniqueCode();
    String id =
        given()
            .auth()
            .oauth2(token)
            .header("X-Request-Id", "audit-" + code)
            .contentType(ContentType.JSON)
            .body(WorkUnitFixtures.body(code))
            .post(PATH)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Nama Baru"))
        .put(PATH + "/" + id)
        .then()
        .statusCode(200);

    String where = " from audit_log where entity_type = 'work_unit' and entity_id = ?";
    assertEquals(2, database.count("select count(*)" + where, id));
    assertEquals(
        admin, database.string("select actor" + where + " and action = 'work_unit.created'", id));
    assertEquals(
        "audit-" + code,
        database.string("select request_id" + where + " and action = 'work_unit.created'", id));
    assertNull(
        database.string(
            "select before_state::text" + where + " and action = 'work_unit.created'", id));
    assertEquals(
        "Nama Baru",
        database.string(
            "select after_state ->> 'name'" + where + " and action = 'work_unit.updated'", id));
    assertEquals(
        "Dinas Uji " + code,
        database.string(
            "select before_state ->> 'name'" + where + " and action = 'work_unit.updated'", id));
  }

  @Test
  void refusedRequestsLeaveNoAuditEntry() {
    long before = database.count("select count(*) from audit_log");
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .contentType(ContentType.JSON)
        .body(WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode()))
        .post(PATH)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("code", "??", "name", ""))
        .post(PATH)
        .then()
        .statusCode(400);
    // other tests may add entries concurrently only if run in parallel, which this suite is not
    assertEquals(before, database.count("select count(*) from audit_log"));
  }

  @Test
  void databaseRefusesToChangeOrDeleteAuditEntries() {
    WorkUnitFixtures.create(WorkUnitFixtures.uniqueCode());
    long entries = database.count("select count(*) from audit_log");
    assertTrue(entries > 0);

    SQLException update = database.tryExecute("update audit_log set actor = 'someone-else'");
    SQLException delete = database.tryExecute("delete from audit_log");
    SQLException truncate = database.tryExecute("truncate audit_log");

    assertNotNull(update, "UPDATE must be refused");
    assertNotNull(delete, "DELETE must be refused");
    assertNotNull(truncate, "TRUNCATE must be refused");
    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
    assertEquals(entries, database.count("select count(*) from audit_log"));
    assertEquals(0, database.count("select count(*) from audit_log where actor = 'someone-else'"));
  }
}
