package id.banggaelokal.platform.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs after every other augmentor: keeps the finished identity of a freshly verified token in
 * {@link VerifiedTokens}. What is kept is a copy without request-bound attributes (the OIDC
 * provider attaches the request's routing context), marked so that it is not kept again.
 */
@ApplicationScoped
class TokenCachingAugmentor implements SecurityIdentityAugmentor {

  static final String CACHED = "banggaelokal.token-cached";

  private final VerifiedTokens verified;

  TokenCachingAugmentor(VerifiedTokens verified) {
    this.verified = verified;
  }

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || identity.getAttribute(CACHED) != null
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Uni.createFrom().item(identity);
    }
    TokenCredential credential = identity.getCredential(TokenCredential.class);
    if (credential == null || jwt.getExpirationTime() <= 0) {
      return Uni.createFrom().item(identity);
    }
    QuarkusSecurityIdentity.Builder copy =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .addRoles(identity.getRoles())
            .addCredentials(identity.getCredentials())
            .addAttribute(CACHED, Boolean.TRUE);
    identity
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (!(value instanceof io.vertx.ext.web.RoutingContext)) {
                copy.addAttribute(name, value);
              }
            });
    SecurityIdentity kept = copy.build();
    verified.keep(credential.getToken(), kept, Instant.ofEpochSecond(jwt.getExpirationTime()));
    return Uni.createFrom().item(identity);
  }
}
