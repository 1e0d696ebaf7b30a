package id.banggaelokal.platform.security;

/** The realm roles of the identity provider (the token's {@code realm_access.roles}). */
public final class Roles {

  /** Owner or staff of a local business. */
  public static final String SUPPLIER = "supplier";

  /** Procurement officer (Pejabat Pengadaan) of one work unit. */
  public static final String BUYER = "buyer";

  /** Commitment official (PPK) of one work unit. */
  public static final String APPROVER = "approver";

  /** Treasurer (bendahara) of one work unit. */
  public static final String TREASURER = "treasurer";

  /** The city procurement office (BPBJ). */
  public static final String ADMIN = "admin";

  /** The inspectorate: reads everything, changes nothing. */
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
