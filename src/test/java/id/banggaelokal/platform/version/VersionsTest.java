package id.banggaelokal.platform.version;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.ProblemKind;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void absentOrWildcardIfMatchAllowsTheChange() {
    assertDoesNotThrow(() -> Versions.checkIfMatch(null, 3));
    assertDoesNotThrow(() -> Versions.checkIfMatch(" ", 3));
    assertDoesNotThrow(() -> Versions.checkIfMatch("*", 3));
  }

  @Test
  void currentVersionAsAStrongTagAllowsTheChange() {
    assertDoesNotThrow(() -> Versions.checkIfMatch("\"3\"", 3));
    assertDoesNotThrow(() -> Versions.checkIfMatch("\"1\", \"3\"", 3));
  }

  @Test
  void aWeakTagNeverMatches() {
    // RFC 9110 13.1.1: If-Match uses the strong comparison.
    ApiException weak = assertThrows(ApiException.class, () -> Versions.checkIfMatch("W/\"3\"", 3));
    assertEquals(ProblemKind.PRECONDITION_FAILED, weak.kind());
    assertDoesNotThrow(() -> Versions.checkIfMatch("W/\"3\", \"3\"", 3));
  }

  @Test
  void staleVersionIsPreconditionFailed() {
    ApiException stale = assertThrows(ApiException.class, () -> Versions.checkIfMatch("\"2\"", 3));
    assertEquals(ProblemKind.PRECONDITION_FAILED, stale.kind());
  }

  @Test
  void garbageIsABadRequest() {
    for (String garbage : new String[] {"3", "\"abc\"", "\"3\",", "\"99999999999999999999\""}) {
      ApiException bad = assertThrows(ApiException.class, () -> Versions.checkIfMatch(garbage, 3));
      assertEquals(ProblemKind.VALIDATION, bad.kind(), garbage);
    }
  }

  @Test
  void etagIsTheQuotedVersion() {
    assertEquals("\"7\"", Versions.etag(7).toString());
  }
}
