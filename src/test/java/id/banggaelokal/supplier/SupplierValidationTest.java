package id.banggaelokal.supplier;

import static id.banggaelokal.supplier.SupplierFixtures.DOCUMENTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the profile and of uploads, with a wrong value refused and a right one taken. */
@QuarkusTest
class SupplierValidationTest {

  @Inject Database database;

  static Stream<Arguments> wrongValues() {
    return Stream.of(
        Arguments.of("nib", "912000123456", "nib"),
        Arguments.of("nib", "91200012345678", "nib"),
        Arguments.of("nib", "91200O1234567", "nib"),
        Arguments.of("npwp", "01.234.567.8-901", "npwp"),
        Arguments.of("npwp", "12345678901234567", "npwp"),
        Arguments.of("npwp", "0000000000000000", "npwp"),
        Arguments.of("ownerNik", "357901450180000", "ownerNik"),
        Arguments.of("ownerNik", "35790145018000A1", "ownerNik"),
        Arguments.of("nitku", "123", "nitku"),
        Arguments.of("nitku", "9999999999999999000001", "nitku"),
        Arguments.of("kbliCodes", List.of("1079"), "kbliCodes[0]"),
        Arguments.of("kbliCodes", List.of("10794", "ABCDE"), "kbliCodes[1]"),
        Arguments.of("kbliCodes", List.of(), "kbliCodes"),
        Arguments.of("address.district", "MALANG", "address.district"),
        Arguments.of("address.district", "Batu", "address.district"),
        Arguments.of("address.postalCode", "6533", "address.postalCode"),
        Arguments.of("contact.phone", "12345", "contact.phone"),
        Arguments.of("contact.phone", "+1 415 555 0100", "contact.phone"),
        Arguments.of("contact.email", "not-an-email", "contact.email"),
        Arguments.of("bankAccount.accountNumber", "0011-2233", "bankAccount.accountNumber"),
        Arguments.of("businessForm", "FIRMA", "businessForm"),
        Arguments.of("scale", "LARGE", "scale"),
        Arguments.of("legalName", "", "legalName"),
        Arguments.of("legalName", "x".repeat(201), "legalName"),
        Arguments.of("pkp", "yes", "pkp"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("wrongValues")
  void wrongValueIsRefusedNamingTheField(String path, Object value, String field) {
    Map<String, Object> profile = SupplierFixtures.profile();
    set(profile, path, value);
    long before = database.count("select count(*) from supplier");
    SupplierFixtures.register(Account.create(), profile)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
    assertEquals(before, database.count("select count(*) from supplier"));
  }

  static Stream<Arguments> rightValues() {
    return Stream.of(
        Arguments.of("npwp", "01.234.567.8-%s.000", "npwp", "0012345678%s000"),
        Arguments.of("npwp", "0123 4567 8%s 0000", "npwp", "012345678%s0000"),
        Arguments.of("contact.phone", "+62 812-3456-7890", "contact.phone", "+6281234567890"),
        Arguments.of("contact.phone", "(0341) 512345", "contact.phone", "+62341512345"),
        Arguments.of("contact.phone", "6281234567890", "contact.phone", "+6281234567890"),
        Arguments.of("address.district", "JUNREJO", "address.district", "JUNREJO"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("rightValues")
  void rightValueIsStoredNormalised(String path, String value, String field, String stored) {
    String unique = SupplierFixtures.digits(3);
    Map<String, Object> profile = SupplierFixtures.profile();
    set(profile, path, value.formatted(unique));
    if (path.equals("npwp")) {
      profile.put("nitku", stored.formatted(unique) + "000001");
    }
    SupplierFixtures.register(Account.create(), profile)
        .statusCode(201)
        .body(field, equalTo(stored.formatted(unique)));
  }

  @Test
  void severalWrongFieldsAreReportedTogether() {
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put("nib", "1");
    profile.put("ownerNik", "2");
    set(profile, "contact.email", "nope");
    SupplierFixtures.register(Account.create(), profile)
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("nib", "ownerNik", "contact.email"));
  }

  @Test
  void oversizedDocumentIs413() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(SupplierFixtures.PDF, 0, big, 0, SupplierFixtures.PDF.length);
    SupplierFixtures.upload(account, "NIB", big, "nib.pdf", "application/pdf")
        .statusCode(413)
        .contentType("application/problem+json");
    assertNoDocuments(account);
  }

  @Test
  void documentTypeIsRecognisedFromTheContentNotTheName() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    SupplierFixtures.upload(
            account, "NIB", SupplierFixtures.EXECUTABLE, "nib.pdf", "application/pdf")
        .statusCode(415)
        .contentType("application/problem+json");
    SupplierFixtures.upload(account, "NIB", "<html>".getBytes(), "nib.png", "image/png")
        .statusCode(415);
    SupplierFixtures.upload(account, "NIB", new byte[0], "nib.pdf", "application/pdf")
        .statusCode(415);
    assertNoDocuments(account);
    SupplierFixtures.upload(
            account, "NIB", SupplierFixtures.PDF, "scan.exe", "application/octet-stream")
        .statusCode(201)
        .body("contentType", equalTo("application/pdf"));
  }

  @Test
  void documentFieldsAreChecked() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    given()
        .auth()
        .oauth2(account.token())
        .multiPart("type", "PASSPORT")
        .multiPart("number", " ")
        .multiPart("issueDate", "31-12-2024")
        .multiPart("file", "nib.pdf", SupplierFixtures.PDF, "application/pdf")
        .post(DOCUMENTS)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("type", "number", "issueDate"));
    given()
        .auth()
        .oauth2(account.token())
        .multiPart("type", "NIB")
        .multiPart("number", "1")
        .multiPart("issueDate", "2024-05-01")
        .multiPart("expiryDate", "2024-04-30")
        .post(DOCUMENTS)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("expiryDate", "file"));
    given()
        .auth()
        .oauth2(account.token())
        .contentType("application/json")
        .body("{}")
        .post(DOCUMENTS)
        .then()
        .statusCode(415);
    assertNoDocuments(account);
  }

  private void assertNoDocuments(Account account) {
    given()
        .auth()
        .oauth2(account.token())
        .get(DOCUMENTS)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("totalItems", equalTo(0));
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> profile, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> target = profile;
    for (String part : Arrays.copyOf(parts, parts.length - 1)) {
      target = (Map<String, Object>) target.get(part);
    }
    target.put(parts[parts.length - 1], value);
  }
}
