package id.banggaelokal.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256 tokens, signed with the OIDC test server's private key, shaped like Keycloak's: roles
 * in {@code realm_access.roles}, the work unit in {@code work_unit}.
 */
public final class Tokens {

  public static final String ISSUER = "https://server.example.com";

  /** The audience the service accepts ({@code quarkus.oidc.token.audience}). */
  public static final String AUDIENCE = "bangga-elokal-api";

  private static final String SIGNING_KEY = "privateKey.jwk";

  private Tokens() {}

  /** A token of a new, unique account with these roles and no work unit. */
  public static String of(String... roles) {
    return forUser(uniqueSubject(), null, roles);
  }

  /** A token of a new, unique staff account of a work unit. */
  public static String staff(String workUnit, String... roles) {
    return forUser(uniqueSubject(), workUnit, roles);
  }

  /** A token of the given account. */
  public static String forUser(String subject, String workUnit, String... roles) {
    return claims(subject, workUnit, roles).sign(SIGNING_KEY);
  }

  /** The claims of a valid token, to sign as they are or to spoil first. */
  public static JwtClaimsBuilder claims(String subject, String workUnit, String... roles) {
    JwtClaimsBuilder claims =
        Jwt.issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(subject)
            .claim("preferred_username", "user-" + subject)
            .claim("realm_access", Map.of("roles", List.of(roles)))
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(600));
    if (workUnit != null) {
      claims.claim("work_unit", workUnit);
    }
    return claims;
  }

  public static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId("1").sign(SIGNING_KEY);
  }

  public static String uniqueSubject() {
    return UUID.randomUUID().toString();
  }
}
