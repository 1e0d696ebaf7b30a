package id.banggaelokal.supplier;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.supplier.api.BusinessForm;
import id.banggaelokal.supplier.api.BusinessScale;
import id.banggaelokal.supplier.api.District;
import id.banggaelokal.supplier.api.IndonesianIds;
import id.banggaelokal.supplier.api.SupplierProfileRequest;
import java.util.List;

/** A profile's data in its stored form: trimmed, NPWP and phone normalised. */
record SupplierProfile(
    String legalName,
    String tradingName,
    BusinessForm businessForm,
    BusinessScale scale,
    String nib,
    String npwp,
    String nitku,
    String ownerName,
    String ownerNik,
    List<String> kbliCodes,
    boolean pkp,
    boolean pp55Certificate,
    String street,
    String village,
    District district,
    String postalCode,
    String phone,
    String email,
    String bankName,
    String bankAccountNumber,
    String bankAccountHolder) {

  /** Normalises a (validated) request; a NITKU that does not extend the NPWP is refused. */
  static SupplierProfile from(SupplierProfileRequest request) {
    String npwp = IndonesianIds.normaliseNpwp(request.npwp()).orElseThrow();
    String nitku = blankToNull(request.nitku());
    if (nitku != null && !nitku.startsWith(npwp)) {
      throw ApiException.invalid("nitku", "supplier.nitku.npwp-prefix");
    }
    return new SupplierProfile(
        request.legalName().trim(),
        request.tradingName().trim(),
        request.businessForm(),
        request.scale(),
        request.nib(),
        npwp,
        nitku,
        request.ownerName().trim(),
        request.ownerNik(),
        request.kbliCodes().stream().distinct().sorted().toList(),
        request.pkp(),
        request.pp55Certificate(),
        request.address().street().trim(),
        request.address().village().trim(),
        request.address().district(),
        blankToNull(request.address().postalCode()),
        IndonesianIds.normalisePhone(request.contact().phone()).orElseThrow(),
        request.contact().email().trim(),
        request.bankAccount().bankName().trim(),
        request.bankAccount().accountNumber(),
        request.bankAccount().accountHolder().trim());
  }

  /**
   * The legal data: what verification vouches for. Changing any of it sends a verified profile back
   * for verification; contact, address and bank data do not.
   */
  List<Object> legalData() {
    return List.of(
        legalName,
        tradingName,
        businessForm,
        scale,
        nib,
        npwp,
        nitku == null ? "" : nitku,
        ownerName,
        ownerNik,
        kbliCodes,
        pkp,
        pp55Certificate);
  }

  SupplierProfileRequest.Address address() {
    return new SupplierProfileRequest.Address(street, village, district, postalCode);
  }

  SupplierProfileRequest.Contact contact() {
    return new SupplierProfileRequest.Contact(phone, email);
  }

  SupplierProfileRequest.BankAccount bankAccount() {
    return new SupplierProfileRequest.BankAccount(bankName, bankAccountNumber, bankAccountHolder);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
