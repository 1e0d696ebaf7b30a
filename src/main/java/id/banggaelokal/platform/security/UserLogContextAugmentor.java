package id.banggaelokal.platform.security;

import id.banggaelokal.platform.web.RequestIds;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * Puts the caller's subject ({@code sub}) into the log context as {@link RequestIds#USER_MDC_KEY}
 * once the request's identity is resolved, so that every later log line of the request (and the
 * JSON logs' {@code mdc} object) names the user. Authentication is lazy: a request whose endpoint
 * never asks for the identity has no user id in its log lines. Only the subject, an opaque id:
 * never the token, a name or an e-mail address. Runs for fresh and cached tokens alike, after
 * {@link IdentityClaimsAugmentor} has refused tokens without a subject.
 */
@ApplicationScoped
class UserLogContextAugmentor implements SecurityIdentityAugmentor {

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
      String subject = token.getSubject();
      if (subject != null) {
        MDC.put(RequestIds.USER_MDC_KEY, subject);
      }
    }
    return Uni.createFrom().item(identity);
  }
}
