package id.banggaelokal.platform.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Dev mode only: Quarkus' OIDC Dev Service cannot put a {@code work_unit} claim into its tokens, so
 * the work unit of its staff users comes from {@code banggaelokal.dev.work-units.<sub>}. Runs after
 * {@link IdentityClaimsAugmentor} and never overrides a claim the token has.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DevWorkUnitAugmentor implements SecurityIdentityAugmentor {

  private final Map<String, String> workUnitByUser;

  DevWorkUnitAugmentor(DevUsersConfig config) {
    this.workUnitByUser = config.workUnits();
  }

  @Override
  public int priority() {
    return 50;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || identity.getAttribute(IdentityAttributes.WORK_UNIT) != null) {
      return Uni.createFrom().item(identity);
    }
    String user = identity.getAttribute(IdentityAttributes.SUBJECT);
    String workUnit = user == null ? null : workUnitByUser.get(user);
    if (workUnit == null) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder(identity)
                .addAttribute(IdentityAttributes.WORK_UNIT, workUnit)
                .build());
  }
}
