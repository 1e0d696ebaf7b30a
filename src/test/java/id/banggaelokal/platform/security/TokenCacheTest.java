package id.banggaelokal.platform.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.support.Tokens;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Verified tokens are kept, but only for the very same token and only until it expires. */
@QuarkusTest
class TokenCacheTest {

  @Inject VerifiedTokens verified;

  @Test
  void aVerifiedTokenIsKeptAndATamperedCopyIsStillRefused() {
    String token = Tokens.of("auditor");
    long before = verified.size();
    given().auth().oauth2(token).get("/api/v1/purchase-requests").then().statusCode(200);
    assertEquals(before + 1, verified.size(), "kept after the first verification");
    assertTrue(verified.find(token).isPresent());
    long hits = verified.hits();
    given().auth().oauth2(token).get("/api/v1/purchase-requests").then().statusCode(200);
    assertEquals(hits + 1, verified.hits(), "the second request is answered from the cache");
    assertEquals(before + 1, verified.size(), "and not kept twice");

    // Another signature: a character in the middle of it changed (the last one may only carry
    // padding bits that decoders ignore).
    int middle = token.lastIndexOf('.') + 20;
    char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
    String tampered = token.substring(0, middle) + changed + token.substring(middle + 1);
    given().auth().oauth2(tampered).get("/api/v1/purchase-requests").then().statusCode(401);
    String otherRole =
        Tokens.sign(
            Tokens.claims("someone", null, "supplier")
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("supplier"))));
    given().auth().oauth2(otherRole).get("/api/v1/admin/settings").then().statusCode(403);
  }

  @Test
  void anEntryNeverOutlivesItsToken() {
    QuarkusSecurityIdentity identity =
        QuarkusSecurityIdentity.builder().setPrincipal((Principal) () -> "someone").build();
    verified.keep("expired-token", identity, Instant.now().minusSeconds(1));
    assertTrue(verified.find("expired-token").isEmpty());
    verified.keep("valid-token", identity, Instant.now().plusSeconds(60));
    assertTrue(verified.find("valid-token").isPresent());
  }
}
