package id.banggaelokal.notification.api;

/**
 * Who a notification is for: a supplier, or the staff of a work unit in one role.
 *
 * @param email where it is mailed; null when the recipient has no mailbox (in-app only)
 */
public record Recipient(Kind kind, String id, String role, String email) {

  public enum Kind {
    SUPPLIER,
    WORK_UNIT
  }

  public static Recipient supplier(long supplierId, String email) {
    return new Recipient(Kind.SUPPLIER, Long.toString(supplierId), null, email);
  }

  public static Recipient workUnit(String code, String role, String email) {
    return new Recipient(Kind.WORK_UNIT, code, role, email);
  }
}
