package id.banggaelokal.platform;

import static id.banggaelokal.workunit.WorkUnitFixtures.PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

  @Inject Database database;

  @Test
  void retryWithSameKeyAndBodyReplaysFirstResponseAndStoresOneRow() {
    String admin = Tokens.forUser(Tokens.uniqueSubject(), null, "admin");
    String key = UUID.randomUUID().toString();
    String code = WorkUnitFixtures.uniqueCode();

    ExtractableResponse<Response> first = create(admin, key, WorkUnitFixtures.body(code));
    ExtractableResponse<Response> retry = create(admin, key, WorkUnitFixtures.body(code));

    assertEquals(201, first.statusCode());
    assertEquals(201, retry.statusCode());
    assertEquals(first.body().asString(), retry.body().asString());
    assertEquals(first.header("Location"), retry.header("Location"));
    assertEquals(first.header("ETag"), retry.header("ETag"));
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(1, database.count("select count(*) from work_unit where code = ?", code));
    assertEquals(
        1,
        database.count(
            "select count(*) from audit_log where action = 'work_unit.created' and entity_id = ?",
            first.jsonPath().getString("id")));
  }

  @Test
  void sameKeyWithDifferentBodyIs422AndCreatesNothing() {
    String admin = Tokens.forUser(Tokens.uniqueSubject(), null, "admin");
    String key = UUID.randomUUID().toString();
    create(admin, key, WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode()));
    String other = WorkUnitFixtures.uniqueCode();

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(WorkUnitFixtures.body(other))
        .post(PATH)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    assertEquals(0, database.count("select count(*) from work_unit where code = ?", other));
  }

  @Test
  void keysAreScopedToTheCaller() {
    String key = UUID.randomUUID().toString();
    String first = WorkUnitFixtures.uniqueCode();
    String second = WorkUnitFixtures.uniqueCode();
    assertEquals(201, create(Tokens.of("admin"), key, WorkUnitFixtures.body(first)).statusCode());
    assertEquals(201, create(Tokens.of("admin"), key, WorkUnitFixtures.body(second)).statusCode());
    assertEquals(1, database.count("select count(*) from work_unit where code = ?", second));
  }

  @Test
  void failedRequestDoesNotConsumeTheKey() {
    String admin = Tokens.forUser(Tokens.uniqueSubject(), null, "admin");
    String key = UUID.randomUUID().toString();
    String taken = WorkUnitFixtures.uniqueCode();
    WorkUnitFixtures.create(taken);
    assertEquals(409, create(admin, key, WorkUnitFixtures.body(taken)).statusCode());
    String fresh = WorkUnitFixtures.uniqueCode();
    assertEquals(201, create(admin, key, WorkUnitFixtures.body(fresh)).statusCode());
  }

  @Test
  void anExpiredKeyIsFreeAgain() {
    String admin = Tokens.forUser(Tokens.uniqueSubject(), null, "admin");
    String key = UUID.randomUUID().toString();
    String first = WorkUnitFixtures.uniqueCode();
    assertEquals(201, create(admin, key, WorkUnitFixtures.body(first)).statusCode());
    assertEquals(
        null,
        database.tryExecute(
            "update idempotency_key set expires_at = now() - interval '1 second'"
                + " where key = '"
                + key
                + "'"));

    String second = WorkUnitFixtures.uniqueCode();
    ExtractableResponse<Response> again = create(admin, key, WorkUnitFixtures.body(second));

    assertEquals(201, again.statusCode());
    assertEquals(null, again.header("Idempotent-Replayed"));
    assertEquals(1, database.count("select count(*) from work_unit where code = ?", second));
    assertEquals(
        1,
        database.count(
            "select count(*) from idempotency_key where key = ? and expires_at > now()", key));
  }

  @Test
  void malformedKeyIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "x".repeat(300))
        .body(WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode()))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }

  @Test
  void concurrentRetriesCreateExactlyOneResource() throws Exception {
    String admin = Tokens.forUser(Tokens.uniqueSubject(), null, "admin");
    String key = UUID.randomUUID().toString();
    String code = WorkUnitFixtures.uniqueCode();
    Map<String, Object> body = WorkUnitFixtures.body(code);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        Callable<Integer> call = () -> create(admin, key, body).statusCode();
        answers.add(pool.submit(call));
      }
      int created = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        assertTrue(status == 201 || status == 409, "unexpected status " + status);
        created += status == 201 ? 1 : 0;
      }
      assertTrue(created >= 1, "at least one request answered 201");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, database.count("select count(*) from work_unit where code = ?", code));
  }

  private static ExtractableResponse<Response> create(
      String token, String key, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post(PATH)
        .then()
        .extract();
  }
}
