package id.banggaelokal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.banggaelokal.support.LogCapture;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Log lines written while a request is served carry its request id and, once the identity is known,
 * the caller's subject, and nothing of the token or the person (JSON logs print the whole log
 * context as their {@code mdc} object).
 */
@QuarkusTest
class LogContextTest {

  /** The log context of each captured line, copied while it is written. */
  private LogCapture<Map<String, String>> records;

  @BeforeEach
  void listen() {
    records =
        LogCapture.of(
            LogContextTestResource.CATEGORY, record -> ExtLogRecord.wrap(record).getMdcCopy());
  }

  @AfterEach
  void stopListening() {
    records.close();
  }

  @Test
  void anAuthenticatedRequestLogsItsRequestIdAndTheCallersSubjectOnly() {
    String subject = Tokens.uniqueSubject();
    String token = Tokens.forUser(subject, null, "buyer");
    for (String requestId : List.of("log-context-fresh", "log-context-cached")) {
      records.clear();
      given()
          .auth()
          .oauth2(token)
          .header("X-Request-Id", requestId)
          .get("/test-support/log-context/authenticated")
          .then()
          .statusCode(200);

      Map<String, String> line = only(records.captured());
      assertEquals(requestId, line.get("requestId"));
      assertEquals(subject, line.get("userId"), "the token's sub (" + requestId + ")");
      for (String value : line.values()) {
        assertFalse(value.contains(token.substring(0, 20)), "no token in the MDC");
        assertFalse(value.contains("user-"), "no preferred_username in the MDC");
      }
    }
  }

  @Test
  void aRequestWithoutIdentityLogsNoUserIdNotEvenAPreviousCallers() {
    String token = Tokens.of("buyer");
    for (int i = 0; i < 4; i++) {
      given()
          .auth()
          .oauth2(token)
          .get("/test-support/log-context/authenticated")
          .then()
          .statusCode(200);
      records.clear();
      given()
          .header("X-Request-Id", "log-context-public-" + i)
          .get("/test-support/log-context/public")
          .then()
          .statusCode(200);

      Map<String, String> line = only(records.captured());
      assertEquals("log-context-public-" + i, line.get("requestId"));
      assertNull(line.get("userId"));
    }
  }

  private static Map<String, String> only(List<Map<String, String>> records) {
    assertEquals(1, records.size(), "one log line: " + records);
    return records.get(0);
  }
}
