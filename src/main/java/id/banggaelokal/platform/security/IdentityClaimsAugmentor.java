package id.banggaelokal.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads what this service needs from a verified token into the identity: the subject ({@code sub},
 * required), a display name, and the work unit ({@code work_unit}). A token without a subject, or
 * issued in the future ({@code iat} later than now plus a clock skew, which the OIDC provider does
 * not check), is refused (401). A work unit that is not a well-formed code is a valid token without
 * the right to act for any work unit: what needs one answers 403, as for an unknown work unit.
 */
@ApplicationScoped
class IdentityClaimsAugmentor implements SecurityIdentityAugmentor {

  static final String WORK_UNIT_CLAIM = "work_unit";
  private static final Pattern WORK_UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

  /** How far the identity provider's clock may run ahead of ours. */
  static final long CLOCK_SKEW_SECONDS = 60;

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Uni.createFrom().item(identity);
    }
    if (identity.getAttribute(IdentityAttributes.SUBJECT) != null) {
      // Read already: an identity from VerifiedTokens, which keeps augmented identities.
      return Uni.createFrom().item(identity);
    }
    String subject = token.getSubject();
    if (subject == null || subject.isBlank()) {
      return Uni.createFrom().failure(new AuthenticationFailedException("token without sub"));
    }
    // On the real clock, like the token's exp (tests may stop the business clock).
    if (token.getIssuedAtTime() > Instant.now().getEpochSecond() + CLOCK_SKEW_SECONDS) {
      return Uni.createFrom().failure(new AuthenticationFailedException("token issued later"));
    }
    Object preferredName = token.getClaim("preferred_username");
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder(identity)
            .addAttribute(IdentityAttributes.SUBJECT, subject)
            .addAttribute(
                IdentityAttributes.DISPLAY_NAME,
                preferredName == null ? subject : preferredName.toString());
    Object workUnit = token.getClaim(WORK_UNIT_CLAIM);
    if (workUnit != null) {
      String code = workUnit.toString();
      if (WORK_UNIT_CODE.matcher(code).matches()) {
        builder.addAttribute(IdentityAttributes.WORK_UNIT, code);
      } else {
        builder.addAttribute(IdentityAttributes.WORK_UNIT_MALFORMED, Boolean.TRUE);
      }
    }
    return Uni.createFrom().item(builder.build());
  }
}
