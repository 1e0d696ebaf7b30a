package id.banggaelokal.supplier;

import static id.banggaelokal.supplier.SupplierFixtures.ADMIN;
import static id.banggaelokal.supplier.SupplierFixtures.DOCUMENTS;
import static id.banggaelokal.supplier.SupplierFixtures.ME;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Inputs and sequences that once broke the onboarding rules, kept broken-proof. */
@QuarkusTest
class SupplierHardeningTest {

  @Inject Database database;

  @Test
  void textWithNulOrBrokenSurrogatesIsA400() {
    for (String bad :
        List.of(
            "CV \u0000 Apel",
            "CV \ud800 Apel",
            "CV \u001b[31m Apel",
            "CV \u202eleppA\u202c",
            "CV \u2067Apel\u2069")) {
      Map<String, Object> profile = SupplierFixtures.profile();
      profile.put("legalName", bad);
      SupplierFixtures.register(Account.create(), profile)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("legalName"));
    }
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("q", "a\u0000b")
        .get(ADMIN)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void textOfOnlyInvisibleCharactersIsBlank() {
    for (String invisible : List.of("\u200b", "\u200b\u200c\ufeff", " \u00a0\u2060 ")) {
      Map<String, Object> profile = SupplierFixtures.profile();
      profile.put("legalName", invisible);
      SupplierFixtures.register(Account.create(), profile)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("legalName"));
    }
    // Visible text keeps its joiners (emoji sequences, scripts that need them).
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put("tradingName", "Kopi \ud83d\udc69\u200d\ud83c\udf3e Bumiaji");
    SupplierFixtures.register(Account.create(), profile)
        .statusCode(201)
        .body(
            "tradingName",
            org.hamcrest.Matchers.equalTo("Kopi \ud83d\udc69\u200d\ud83c\udf3e Bumiaji"));
  }

  @Test
  void documentNumberAndDatesAreChecked() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    given()
        .auth()
        .oauth2(account.token())
        .multiPart("type", "NIB")
        .multiPart("number", "%PDF-1.4\n%fake")
        .multiPart("issueDate", "-5000-01-01")
        .multiPart("expiryDate", "+5874898-01-01")
        .multiPart("file", "nib.pdf", SupplierFixtures.PDF, "application/pdf")
        .post(DOCUMENTS)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            org.hamcrest.Matchers.containsInAnyOrder("number", "issueDate", "expiryDate"));
  }

  @Test
  void truncatedMultipartBodyIsA400() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    given()
        .auth()
        .oauth2(account.token())
        .contentType("multipart/form-data; boundary=XYZ")
        .body(
            "garbage\r\n--XYZ\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nNIB"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .post(DOCUMENTS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anAdminCannotActOnTheirOwnProfile() {
    String subject = Tokens.uniqueSubject();
    Account both = new Account(subject, Tokens.forUser(subject, null, "supplier", "admin"));
    long id = SupplierFixtures.verified(both);
    SupplierFixtures.actWithReason(id, "suspend", "Laporan").statusCode(200);
    given()
        .auth()
        .oauth2(both.token())
        .post(ADMIN + "/" + id + "/reinstate")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(both.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "x"))
        .post(ADMIN + "/" + id + "/suspend")
        .then()
        .statusCode(403);
    given().auth().oauth2(both.token()).get(ME).then().body("status", equalTo("SUSPENDED"));
  }

  @Test
  void reinstatingNeedsValidMandatoryDocuments() {
    Account account = Account.create();
    long id = SupplierFixtures.verified(account);
    SupplierFixtures.actWithReason(id, "suspend", "Laporan").statusCode(200);
    long nib =
        given()
            .auth()
            .oauth2(account.token())
            .get(DOCUMENTS)
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.type == 'NIB' }.id");
    given().auth().oauth2(account.token()).delete(DOCUMENTS + "/" + nib).then().statusCode(204);
    SupplierFixtures.act(id, "reinstate").statusCode(422);
    given().auth().oauth2(account.token()).get(ME).then().body("status", equalTo("SUSPENDED"));
  }

  @Test
  void aRejectedProfileMustChangeBeforeItIsSubmittedAgain() {
    Account account = Account.create();
    long id = SupplierFixtures.registered(account);
    SupplierFixtures.uploadMandatoryDocuments(account);
    SupplierFixtures.submit(account).statusCode(200);
    SupplierFixtures.actWithReason(id, "reject", "Alamat tidak lengkap").statusCode(200);
    SupplierFixtures.submit(account).statusCode(422);

    Map<String, Object> profile = SupplierOnboardingTest.currentProfileAsRequest(account);
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) profile.get("address");
    address.put("street", "Jl. Raya Punten No. 12A");
    given()
        .auth()
        .oauth2(account.token())
        .contentType(ContentType.JSON)
        .body(profile)
        .put(ME)
        .then()
        .statusCode(200);
    SupplierFixtures.submit(account).statusCode(200).body("status", equalTo("SUBMITTED"));
  }

  @Test
  void reorderingKbliCodesIsNotALegalChange() {
    Account account = Account.create();
    SupplierFixtures.verified(account);
    Map<String, Object> profile = SupplierOnboardingTest.currentProfileAsRequest(account);
    profile.put("kbliCodes", List.of("47241", "10794"));
    given()
        .auth()
        .oauth2(account.token())
        .contentType(ContentType.JSON)
        .body(profile)
        .put(ME)
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"))
        .body("kbliCodes", contains("10794", "47241"));
  }

  @Test
  void legacyNpwpIsFoundAsTyped() {
    Map<String, Object> profile = SupplierFixtures.profile();
    String middle = SupplierFixtures.digits(3);
    profile.put("npwp", "01.234.567.8-" + middle + ".000");
    profile.put("nitku", "0012345678" + middle + "000" + "000001");
    long id =
        SupplierFixtures.register(Account.create(), profile)
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("q", "01.234.567.8-" + middle + ".000")
        .get(ADMIN)
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) id));
  }

  @Test
  void concurrentRegistrationsWithOneNibGiveOneProfileAndA409NamingNib() throws Exception {
    String nib = SupplierFixtures.digits(13);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Map<String, Object> profile = SupplierFixtures.profile();
        profile.put("nib", nib);
        answers.add(
            pool.submit(
                () ->
                    given()
                        .auth()
                        .oauth2(Account.create().token())
                        .contentType(ContentType.JSON)
                        .body(profile)
                        .post(SupplierFixtures.SUPPLIERS)));
      }
      int created = 0;
      for (Future<io.restassured.response.Response> answer : answers) {
        io.restassured.response.Response response = answer.get();
        if (response.statusCode() == 201) {
          created++;
        } else {
          assertEquals(409, response.statusCode(), response.asString());
          assertEquals("nib", response.jsonPath().getString("errors[0].field"));
        }
      }
      assertEquals(1, created);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, database.count("select count(*) from supplier where nib = ?", nib));
  }
}
