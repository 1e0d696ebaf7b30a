package id.banggaelokal.platform.security;

/** Names of the {@code SecurityIdentity} attributes that this service sets. */
final class IdentityAttributes {

  static final String SUBJECT = "banggaelokal.subject";
  static final String DISPLAY_NAME = "banggaelokal.displayName";
  static final String WORK_UNIT = "banggaelokal.workUnit";

  /** Set when the token's work unit claim is not a well-formed code: it acts for no work unit. */
  static final String WORK_UNIT_MALFORMED = "banggaelokal.workUnitMalformed";

  private IdentityAttributes() {}
}
