package id.banggaelokal.supplier.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian business and personal identifiers: what their valid forms are, and how the forms
 * people type are normalised.
 *
 * <ul>
 *   <li>NIB (Nomor Induk Berusaha): 13 digits.
 *   <li>NPWP (tax id): 16 digits since 2024; a legacy 15-digit NPWP is stored with a leading 0;
 *       individuals may use their 16-digit NIK. Dots, dashes and spaces are accepted.
 *   <li>NIK (identity card number): 16 digits.
 *   <li>NITKU (branch id): 22 digits, the NPWP followed by a 6-digit branch number.
 *   <li>KBLI (business classification): 5 digits.
 *   <li>Phone: a mobile or landline number, stored as +62 followed by 8 to 12 digits.
 * </ul>
 */
public final class IndonesianIds {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");
  private static final Pattern NIB = Pattern.compile("\\d{13}");
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern NITKU = Pattern.compile("\\d{22}");
  private static final Pattern KBLI = Pattern.compile("\\d{5}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern NATIONAL_NUMBER = Pattern.compile("[2-9]\\d{7,11}");
  private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{5,20}");

  private IndonesianIds() {}

  public static boolean isNib(String value) {
    return value != null && NIB.matcher(value).matches();
  }

  public static boolean isNik(String value) {
    return value != null && NIK.matcher(value).matches() && !value.chars().allMatch(c -> c == '0');
  }

  /** The 16-digit form of an NPWP (or NIK) as typed; empty when it is not one. */
  public static Optional<String> normaliseNpwp(String value) {
    if (value == null || value.length() > 40) {
      return Optional.empty();
    }
    String digits = SEPARATORS.matcher(value).replaceAll("");
    if (!DIGITS.matcher(digits).matches() || digits.chars().allMatch(c -> c == '0')) {
      return Optional.empty();
    }
    return switch (digits.length()) {
      case 15 -> Optional.of("0" + digits);
      case 16 -> Optional.of(digits);
      default -> Optional.empty();
    };
  }

  /** Whether the NITKU has its form (22 digits); that it extends the NPWP is checked apart. */
  public static boolean isNitku(String value) {
    return value != null && NITKU.matcher(value).matches();
  }

  public static boolean isKbli(String value) {
    return value != null && KBLI.matcher(value).matches();
  }

  public static boolean isBankAccountNumber(String value) {
    return value != null && BANK_ACCOUNT.matcher(value).matches();
  }

  /** The +62 form of an Indonesian phone number as typed; empty when it is not one. */
  public static Optional<String> normalisePhone(String value) {
    if (value == null || value.length() > 30) {
      return Optional.empty();
    }
    String compact = PHONE_SEPARATORS.matcher(value.trim()).replaceAll("");
    String national;
    if (compact.startsWith("+62")) {
      national = compact.substring(3);
    } else if (compact.startsWith("62")) {
      national = compact.substring(2);
    } else if (compact.startsWith("0")) {
      national = compact.substring(1);
    } else {
      return Optional.empty();
    }
    return NATIONAL_NUMBER.matcher(national).matches()
        ? Optional.of("+62" + national)
        : Optional.empty();
  }
}
