package id.banggaelokal.platform.security;

import id.banggaelokal.platform.error.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the one way business code learns the caller's id, roles and work unit. Built over
 * Quarkus' {@link SecurityIdentity}, whose attributes {@link IdentityClaimsAugmentor} fills from
 * the token.
 */
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;
  private final WorkUnitDirectory workUnits;
  private Boolean workUnitActive;

  CurrentUser(SecurityIdentity identity, WorkUnitDirectory workUnits) {
    this.identity = identity;
    this.workUnits = workUnits;
  }

  public boolean isAuthenticated() {
    return !identity.isAnonymous();
  }

  /** The token's {@code sub}: the stable id of the account. */
  public String subject() {
    String subject = identity.getAttribute(IdentityAttributes.SUBJECT);
    return subject != null ? subject : identity.getPrincipal().getName();
  }

  /** A name for people to read (the token's {@code preferred_username}), or the subject. */
  public String displayName() {
    String name = identity.getAttribute(IdentityAttributes.DISPLAY_NAME);
    return name != null ? name : subject();
  }

  public Set<String> roles() {
    return identity.getRoles();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /**
   * The code of the work unit a staff member acts for (the token's {@code work_unit}); 403 when the
   * token names a work unit that is not a well-formed code, does not exist or has been deactivated:
   * its staff may neither act for it nor read anything through it. Asked of the work units once per
   * request.
   */
  public Optional<String> workUnitCode() {
    if (identity.getAttribute(IdentityAttributes.WORK_UNIT_MALFORMED) != null) {
      throw ApiException.forbidden("security.work-unit.malformed");
    }
    String code = identity.getAttribute(IdentityAttributes.WORK_UNIT);
    if (code == null) {
      return Optional.empty();
    }
    if (workUnitActive == null) {
      workUnitActive = workUnits.isActive(code);
    }
    if (!workUnitActive) {
      throw ApiException.forbidden("security.work-unit.inactive", code);
    }
    return Optional.of(code);
  }

  /** The caller's work unit; 403 for a caller that acts for none. */
  public String requireWorkUnitCode() {
    return workUnitCode().orElseThrow(() -> ApiException.forbidden("security.work-unit.missing"));
  }

  /** The actor recorded in audit entries and timelines. */
  public String actorId() {
    return isAuthenticated() ? subject() : "anonymous";
  }
}
