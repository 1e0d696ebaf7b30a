package id.banggaelokal.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Starts Quarkus' OIDC test server (WireMock with a real RSA key set) for every {@code
 * QuarkusTest}: the service verifies the tokens of {@link Tokens} against its keys, exactly as it
 * verifies Keycloak's.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcTestServer {

  private OidcTestServer() {}
}
