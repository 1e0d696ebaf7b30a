package id.banggaelokal.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token from {@link VerifiedTokens} before the OIDC provider verifies it; a token
 * not found there (a null identity) goes on to the OIDC provider as usual.
 */
@ApplicationScoped
class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  private final VerifiedTokens verified;

  CachedTokenIdentityProvider(VerifiedTokens verified) {
    this.verified = verified;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Before the OIDC provider, whose priority is the default ({@code SYSTEM_FIRST + 1}). */
  @Override
  public int priority() {
    return SYSTEM_FIRST + 100;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return Uni.createFrom().item(verified.find(request.getToken().getToken()).orElse(null));
  }
}
