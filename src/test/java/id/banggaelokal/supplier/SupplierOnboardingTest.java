package id.banggaelokal.supplier;

import static id.banggaelokal.supplier.SupplierFixtures.ADMIN;
import static id.banggaelokal.supplier.SupplierFixtures.DOCUMENTS;
import static id.banggaelokal.supplier.SupplierFixtures.ME;
import static id.banggaelokal.supplier.SupplierFixtures.SUPPLIERS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupplierOnboardingTest {

  @Inject Database database;

  @Test
  void registerUploadSubmitVerifyAndShowPublicProfile() {
    Account account = Account.create();
    Map<String, Object> profile = SupplierFixtures.profile();
    profile.put("npwp", "01.234.567.8-" + SupplierFixtures.digits(3) + ".000");
    String npwp = "0" + ((String) profile.get("npwp")).replaceAll("[.\\-]", "");
    profile.put("nitku", npwp + "000001");

    long id =
        SupplierFixtures.register(account, profile)
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("status", equalTo("DRAFT"))
            .body("npwp", equalTo(npwp))
            .body("contact.phone", equalTo("+6281234567890"))
            .body("documentWarnings.type", contains("NIB", "NPWP"))
            .body("documentWarnings.problem", contains("MISSING", "MISSING"))
            .extract()
            .jsonPath()
            .getLong("id");

    SupplierFixtures.upload(account, "NIB", SupplierFixtures.PDF, "nib.pdf", "application/pdf")
        .statusCode(201)
        .body("type", equalTo("NIB"))
        .body("contentType", equalTo("application/pdf"))
        .body("sizeBytes", equalTo(SupplierFixtures.PDF.length))
        .body("expired", equalTo(false));
    SupplierFixtures.upload(account, "NPWP", SupplierFixtures.JPEG, "npwp.jpg", "image/jpeg")
        .statusCode(201)
        .body("contentType", equalTo("image/jpeg"));
    given()
        .auth()
        .oauth2(account.token())
        .get(ME)
        .then()
        .statusCode(200)
        .body("documentWarnings", empty());

    SupplierFixtures.submit(account).statusCode(200).body("status", equalTo("SUBMITTED"));
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("status", "SUBMITTED")
        .queryParam("q", profile.get("nib"))
        .get(ADMIN)
        .then()
        .statusCode(200)
        .body("items.id", contains((int) id));
    given().get(SUPPLIERS + "/" + id).then().statusCode(404);

    SupplierFixtures.act(id, "verify")
        .statusCode(200)
        .body("status", equalTo("VERIFIED"))
        .body("verifiedAt", notNullValue());

    given()
        .get(SUPPLIERS + "/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id))
        .body("tradingName", equalTo("Keripik Apel Makmur"))
        .body("district", equalTo("BUMIAJI"))
        .body("ratingCount", equalTo(0))
        .body("$", not(hasKey("ownerNik")))
        .body("$", not(hasKey("nib")))
        .body("$", not(hasKey("npwp")))
        .body("$", not(hasKey("contact")))
        .body("$", not(hasKey("bankAccount")))
        .body("$", not(hasKey("documents")));
    String body = given().get(SUPPLIERS + "/" + id).asString();
    for (Object secret :
        List.of(
            profile.get("ownerNik"),
            npwp,
            ((Map<?, ?>) profile.get("bankAccount")).get("accountNumber"),
            "halo@apel.example.id")) {
      assertEquals(false, body.contains(secret.toString()), "public profile leaks " + secret);
    }

    assertEquals(
        List.of(
            "supplier.registered",
            "supplier.document.uploaded",
            "supplier.document.uploaded",
            "supplier.submitted",
            "supplier.verified"),
        auditActions(id));
  }

  @Test
  void aRetriedDocumentUploadWithItsIdempotencyKeyStoresOneDocument() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    String key = java.util.UUID.randomUUID().toString();
    int first =
        uploadHalal(account, key, "HALAL-001", SupplierFixtures.PNG)
            .statusCode(201)
            .extract()
            .path("id");
    uploadHalal(account, key, "HALAL-001", SupplierFixtures.PNG)
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    // The same key with another number or another file is another request.
    uploadHalal(account, key, "HALAL-002", SupplierFixtures.PNG).statusCode(422);
    uploadHalal(account, key, "HALAL-001", SupplierFixtures.JPEG).statusCode(422);
    given()
        .auth()
        .oauth2(account.token())
        .get(DOCUMENTS)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(first)));
  }

  private static io.restassured.response.ValidatableResponse uploadHalal(
      Account account, String key, String number, byte[] content) {
    return given()
        .auth()
        .oauth2(account.token())
        .header("Idempotency-Key", key)
        .multiPart("type", "HALAL")
        .multiPart("number", number)
        .multiPart("issueDate", java.time.LocalDate.now().minusYears(1).toString())
        .multiPart("file", "sertifikat", content, "application/octet-stream")
        .post(DOCUMENTS)
        .then();
  }

  @Test
  void aNewCertificateKeepsAVerifiedSupplierOnTheMarketANewNibSendsItBack() {
    id.banggaelokal.catalog.CatalogFixtures.Seller seller =
        id.banggaelokal.catalog.CatalogFixtures.Seller.verified();
    long listing =
        id.banggaelokal.catalog.CatalogFixtures.published(
            seller,
            id.banggaelokal.catalog.CatalogFixtures.product("Kopi arabika", "COFFEE", "85000"));
    SupplierFixtures.upload(
            seller.account(), "HALAL", SupplierFixtures.PNG, "halal.png", "image/png")
        .statusCode(201);
    given().auth().oauth2(seller.token()).get(ME).then().body("status", equalTo("VERIFIED"));
    given().get("/api/v1/listings/" + listing).then().statusCode(200);

    SupplierFixtures.upload(
            seller.account(), "NIB", SupplierFixtures.PDF, "nib.pdf", "application/pdf")
        .statusCode(201);
    given().auth().oauth2(seller.token()).get(ME).then().body("status", equalTo("SUBMITTED"));
    given().get("/api/v1/listings/" + listing).then().statusCode(404);
  }

  @Test
  void documentDownloadReturnsTheStoredBytes() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    long documentId =
        SupplierFixtures.upload(
                account, "HALAL", SupplierFixtures.PNG, "../../etc/passwd", "image/png")
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    byte[] downloaded =
        given()
            .auth()
            .oauth2(account.token())
            .get(DOCUMENTS + "/" + documentId)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("Content-Disposition", "attachment; filename=\"halal-" + documentId + ".png\"")
            .extract()
            .asByteArray();
    assertArrayEquals(SupplierFixtures.PNG, downloaded);
    given()
        .auth()
        .oauth2(account.token())
        .get(DOCUMENTS)
        .then()
        .statusCode(200)
        .body("items.id", contains((int) documentId));
  }

  @Test
  void oneProfilePerAccount() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    SupplierFixtures.register(account, SupplierFixtures.profile())
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void duplicateNibNpwpOrOwnerNikIsRefusedNamingTheField() {
    Map<String, Object> first = SupplierFixtures.profile();
    SupplierFixtures.register(Account.create(), first).statusCode(201);

    for (String field : List.of("nib", "npwp", "ownerNik")) {
      Map<String, Object> second = SupplierFixtures.profile();
      second.put(field, first.get(field));
      if (field.equals("npwp")) {
        second.put("nitku", first.get("npwp") + "000002");
      }
      SupplierFixtures.register(Account.create(), second)
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(field))
          .body(
              "detail", not(org.hamcrest.Matchers.containsString((String) first.get("legalName"))));
      assertEquals(
          0,
          database.count(
              "select count(*) from supplier where legal_name = ?", second.get("legalName")));
    }
  }

  @Test
  void ownerNikUsedAsAnotherProfilesNpwpIsRefused() {
    Map<String, Object> individual = SupplierFixtures.profile();
    individual.put("businessForm", "INDIVIDUAL");
    individual.put("npwp", individual.get("ownerNik"));
    individual.remove("nitku");
    SupplierFixtures.register(Account.create(), individual).statusCode(201);

    Map<String, Object> company = SupplierFixtures.profile();
    company.put("ownerNik", individual.get("ownerNik"));
    SupplierFixtures.register(Account.create(), company)
        .statusCode(409)
        .body("errors[0].field", equalTo("ownerNik"));
  }

  @Test
  void submittingNeedsValidNibAndNpwpDocuments() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    SupplierFixtures.upload(account, "NIB", SupplierFixtures.PDF, "nib.pdf", "application/pdf")
        .statusCode(201);
    SupplierFixtures.submit(account)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("NPWP"));

    given()
        .auth()
        .oauth2(account.token())
        .multiPart("type", "NPWP")
        .multiPart("number", "NPWP-1")
        .multiPart("issueDate", "2020-01-01")
        .multiPart("expiryDate", "2021-01-01")
        .multiPart("file", "npwp.pdf", SupplierFixtures.PDF, "application/pdf")
        .post(DOCUMENTS)
        .then()
        .statusCode(201)
        .body("expired", equalTo(true));
    given()
        .auth()
        .oauth2(account.token())
        .get(ME)
        .then()
        .body("documentWarnings.type", contains("NPWP"))
        .body("documentWarnings[0].problem", equalTo("EXPIRED"))
        .body("documentWarnings[0].expiredOn", equalTo("2021-01-01"));
    SupplierFixtures.submit(account).statusCode(422);
    given().auth().oauth2(account.token()).get(ME).then().body("status", equalTo("DRAFT"));
  }

  @Test
  void rejectionCarriesAReasonAndAllowsResubmissionOnlyAfterChanges() {
    Account account = Account.create();
    long id = SupplierFixtures.registered(account);
    SupplierFixtures.uploadMandatoryDocuments(account);
    SupplierFixtures.submit(account).statusCode(200);
    // A change while the profile waits is part of what the admin reviews, not a change after it.
    SupplierFixtures.upload(account, "HALAL", SupplierFixtures.PDF, "halal.pdf", "application/pdf")
        .statusCode(201);
    SupplierFixtures.actWithReason(id, "reject", "NIB tidak terbaca")
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    given()
        .auth()
        .oauth2(account.token())
        .get(ME)
        .then()
        .body("status", equalTo("REJECTED"))
        .body("statusReason", equalTo("NIB tidak terbaca"));
    SupplierFixtures.submit(account)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", notNullValue());
    SupplierFixtures.upload(account, "NIB", SupplierFixtures.PDF, "nib-baru.pdf", "application/pdf")
        .statusCode(201);
    SupplierFixtures.submit(account)
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("statusReason", nullValue());
  }

  @Test
  void illegalTransitionsAre409AndChangeNothing() {
    Account account = Account.create();
    long id = SupplierFixtures.registered(account);
    SupplierFixtures.act(id, "verify").statusCode(409).contentType("application/problem+json");
    SupplierFixtures.actWithReason(id, "reject", "x").statusCode(409);
    SupplierFixtures.actWithReason(id, "suspend", "x").statusCode(409);
    SupplierFixtures.act(id, "reinstate").statusCode(409);

    SupplierFixtures.uploadMandatoryDocuments(account);
    SupplierFixtures.submit(account).statusCode(200);
    SupplierFixtures.submit(account).statusCode(409);
    SupplierFixtures.actWithReason(id, "suspend", "x").statusCode(409);
    SupplierFixtures.act(id, "reinstate").statusCode(409);

    SupplierFixtures.act(id, "verify").statusCode(200);
    SupplierFixtures.act(id, "verify").statusCode(409);
    SupplierFixtures.actWithReason(id, "reject", "x").statusCode(409);
    SupplierFixtures.submit(account).statusCode(409);
    SupplierFixtures.act(id, "reinstate").statusCode(409);

    SupplierFixtures.actWithReason(id, "suspend", "Laporan penipuan")
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"))
        .body("statusReason", equalTo("Laporan penipuan"));
    given().get(SUPPLIERS + "/" + id).then().statusCode(404);
    SupplierFixtures.act(id, "verify").statusCode(409);
    SupplierFixtures.actWithReason(id, "suspend", "x").statusCode(409);
    SupplierFixtures.submit(account).statusCode(409);
    SupplierFixtures.act(id, "reinstate").statusCode(200).body("status", equalTo("VERIFIED"));
    given().get(SUPPLIERS + "/" + id).then().statusCode(200);

    assertEquals(
        List.of(
            "supplier.registered",
            "supplier.document.uploaded",
            "supplier.document.uploaded",
            "supplier.submitted",
            "supplier.verified",
            "supplier.suspended",
            "supplier.reinstated"),
        auditActions(id));
  }

  @Test
  void adminCannotVerifyAProfileTheirOwnAccountCreated() {
    String subject = Tokens.uniqueSubject();
    Account account = new Account(subject, Tokens.forUser(subject, null, "supplier", "admin"));
    long id = SupplierFixtures.registered(account);
    SupplierFixtures.uploadMandatoryDocuments(account);
    SupplierFixtures.submit(account).statusCode(200);
    given()
        .auth()
        .oauth2(account.token())
        .post(ADMIN + "/" + id + "/verify")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().auth().oauth2(account.token()).get(ME).then().body("status", equalTo("SUBMITTED"));
  }

  @Test
  void legalChangesOfAVerifiedProfileNeedVerificationAgainButContactChangesDoNot() {
    Account account = Account.create();
    long id = SupplierFixtures.verified(account);
    Map<String, Object> profile = currentProfileAsRequest(account);

    @SuppressWarnings("unchecked")
    Map<String, Object> contact = (Map<String, Object>) profile.get("contact");
    contact.put("phone", "+62 341 512345");
    @SuppressWarnings("unchecked")
    Map<String, Object> bank = (Map<String, Object>) profile.get("bankAccount");
    bank.put("accountNumber", "9988776655");
    update(account, profile)
        .statusCode(200)
        .body("status", equalTo("VERIFIED"))
        .body("contact.phone", equalTo("+62341512345"));

    profile.put("tradingName", "Keripik Apel Makmur Jaya");
    update(account, profile).statusCode(200).body("status", equalTo("SUBMITTED"));
    given().get(SUPPLIERS + "/" + id).then().statusCode(404);

    SupplierFixtures.act(id, "verify").statusCode(200);
    SupplierFixtures.upload(account, "NPWP", SupplierFixtures.PDF, "npwp.pdf", "application/pdf")
        .statusCode(201);
    given().auth().oauth2(account.token()).get(ME).then().body("status", equalTo("SUBMITTED"));
  }

  @Test
  void staleIfMatchOnProfileUpdateIs412() {
    Account account = Account.create();
    SupplierFixtures.registered(account);
    Map<String, Object> profile = currentProfileAsRequest(account);
    given()
        .auth()
        .oauth2(account.token())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ME)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    given()
        .auth()
        .oauth2(account.token())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ME)
        .then()
        .statusCode(412);
  }

  @Test
  void suppliersCannotSeeOrTouchEachOthersDocuments() {
    Account owner = Account.create();
    SupplierFixtures.registered(owner);
    long documentId =
        SupplierFixtures.upload(owner, "NIB", SupplierFixtures.PDF, "nib.pdf", "application/pdf")
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Account other = Account.create();
    SupplierFixtures.registered(other);

    given().auth().oauth2(other.token()).get(DOCUMENTS + "/" + documentId).then().statusCode(404);
    given()
        .auth()
        .oauth2(other.token())
        .delete(DOCUMENTS + "/" + documentId)
        .then()
        .statusCode(404);
    given().auth().oauth2(other.token()).get(DOCUMENTS).then().body("items", hasSize(0));
    given()
        .auth()
        .oauth2(owner.token())
        .get(DOCUMENTS)
        .then()
        .body("items.id", contains((int) documentId));
    given().auth().oauth2(Account.create().token()).get(ME).then().statusCode(404);
  }

  @Test
  void ownerCanDeleteADocument() {
    Account account = Account.create();
    long id = SupplierFixtures.registered(account);
    long documentId =
        SupplierFixtures.upload(account, "OTHER", SupplierFixtures.PDF, "x.pdf", "application/pdf")
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .auth()
        .oauth2(account.token())
        .delete(DOCUMENTS + "/" + documentId)
        .then()
        .statusCode(204);
    given().auth().oauth2(account.token()).get(DOCUMENTS + "/" + documentId).then().statusCode(404);
    assertEquals(
        0, database.count("select count(*) from supplier_document where supplier_id = ?", id));
  }

  @Test
  void anonymousAndWrongRolesAreRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(SupplierFixtures.profile())
        .post(SUPPLIERS)
        .then()
        .statusCode(401);
    given().get(ME).then().statusCode(401);
    for (String role : List.of("buyer", "approver", "treasurer", "admin", "auditor")) {
      given()
          .auth()
          .oauth2(Tokens.staff("DISKOMINFO", role))
          .contentType(ContentType.JSON)
          .body(SupplierFixtures.profile())
          .post(SUPPLIERS)
          .then()
          .statusCode(403);
    }
    Account supplier = Account.create();
    long id = SupplierFixtures.registered(supplier);
    given().auth().oauth2(supplier.token()).get(ADMIN).then().statusCode(403);
    given()
        .auth()
        .oauth2(supplier.token())
        .post(ADMIN + "/" + id + "/verify")
        .then()
        .statusCode(403);
    given().get(ADMIN).then().statusCode(401);

    String auditor = Tokens.of("auditor");
    given().auth().oauth2(auditor).get(ADMIN).then().statusCode(200);
    given()
        .auth()
        .oauth2(auditor)
        .get(ADMIN + "/" + id)
        .then()
        .statusCode(200)
        .body("ownerNik", notNullValue());
    given().auth().oauth2(auditor).post(ADMIN + "/" + id + "/verify").then().statusCode(403);
    given()
        .auth()
        .oauth2(auditor)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "x"))
        .post(ADMIN + "/" + id + "/suspend")
        .then()
        .statusCode(403);
  }

  @Test
  void queueFiltersByStatusAndRefusesUnknownStatus() {
    Account account = Account.create();
    long id = SupplierFixtures.registered(account);
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("status", "DRAFT")
        .queryParam("size", 100)
        .get(ADMIN)
        .then()
        .statusCode(200)
        .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DRAFT")));
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .queryParam("status", "WHATEVER")
        .get(ADMIN)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .get(ADMIN + "/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id));
    given().auth().oauth2(Tokens.of("admin")).get(ADMIN + "/999999999").then().statusCode(404);
  }

  private static io.restassured.response.ValidatableResponse update(
      Account account, Map<String, Object> profile) {
    return given()
        .auth()
        .oauth2(account.token())
        .contentType(ContentType.JSON)
        .body(profile)
        .put(ME)
        .then();
  }

  /** The caller's profile as a request body (the response's fields that a request takes). */
  static Map<String, Object> currentProfileAsRequest(Account account) {
    Map<String, Object> current =
        given()
            .auth()
            .oauth2(account.token())
            .get(ME)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("$");
    Map<String, Object> request = new java.util.HashMap<>(SupplierFixtures.profile());
    for (String field : request.keySet().toArray(String[]::new)) {
      request.put(field, current.get(field));
    }
    if (request.get("nitku") == null) {
      request.remove("nitku");
    }
    return request;
  }

  private List<String> auditActions(long supplierId) {
    return database.strings(
        "select action from audit_log where entity_type = 'supplier' and entity_id = ? order by id",
        Long.toString(supplierId));
  }
}
