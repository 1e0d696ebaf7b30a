package id.banggaelokal.supplier;

import static io.restassured.RestAssured.given;

import id.banggaelokal.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Supplier accounts, profiles and documents made through the API, unique per test. */
public final class SupplierFixtures {

  public static final String SUPPLIERS = "/api/v1/suppliers";
  public static final String ME = SUPPLIERS + "/me";
  public static final String DOCUMENTS = ME + "/documents";
  public static final String ADMIN = "/api/v1/admin/suppliers";

  /** The smallest files of each kind that their signatures recognise. */
  public static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  public static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };
  public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
  public static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

  private SupplierFixtures() {}

  /** A supplier account: its subject and token. */
  public record Account(String subject, String token) {
    public static Account create() {
      String subject = Tokens.uniqueSubject();
      return new Account(subject, Tokens.forUser(subject, null, "supplier"));
    }
  }

  public static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    digits.append(ThreadLocalRandom.current().nextInt(1, 10));
    while (digits.length() < count) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  /** A complete, valid profile with identity numbers no other test uses. */
  public static Map<String, Object> profile() {
    String npwp = digits(16);
    Map<String, Object> profile = new HashMap<>();
    profile.put("legalName", "CV Apel Makmur " + digits(12));
    profile.put("tradingName", "Keripik Apel Makmur");
    profile.put("businessForm", "CV");
    profile.put("scale", "MICRO");
    profile.put("nib", digits(13));
    profile.put("npwp", npwp);
    profile.put("nitku", npwp + "000001");
    profile.put("ownerName", "Siti Rahayu");
    profile.put("ownerNik", digits(16));
    profile.put("kbliCodes", List.of("10794", "47241"));
    profile.put("pkp", false);
    profile.put("pp55Certificate", true);
    profile.put(
        "address",
        new HashMap<>(
            Map.of(
                "street", "Jl. Raya Punten No. 12",
                "village", "Punten",
                "district", "BUMIAJI",
                "postalCode", "65338")));
    profile.put(
        "contact",
        new HashMap<>(Map.of("phone", "0812-3456-7890", "email", "halo@apel.example.id")));
    profile.put(
        "bankAccount",
        new HashMap<>(
            Map.of(
                "bankName", "Bank Jatim",
                // unique, so that test suppliers do not share an account (an integrity rule)
                "accountNumber", digits(12),
                "accountHolder", "CV Apel Makmur")));
    return profile;
  }

  public static ValidatableResponse register(Account account, Map<String, Object> profile) {
    return given()
        .auth()
        .oauth2(account.token())
        .contentType(ContentType.JSON)
        .body(profile)
        .post(SUPPLIERS)
        .then();
  }

  public static ValidatableResponse upload(
      Account account, String type, byte[] content, String fileName, String mediaType) {
    return given()
        .auth()
        .oauth2(account.token())
        .multiPart("type", type)
        .multiPart("number", "DOC-" + digits(6))
        .multiPart("issueDate", LocalDate.now().minusYears(1).toString())
        .multiPart("expiryDate", LocalDate.now().plusYears(4).toString())
        .multiPart("file", fileName, content, mediaType)
        .post(DOCUMENTS)
        .then();
  }

  /** Uploads valid NIB and NPWP documents. */
  public static void uploadMandatoryDocuments(Account account) {
    upload(account, "NIB", PDF, "nib.pdf", "application/pdf").statusCode(201);
    upload(account, "NPWP", PNG, "npwp.png", "image/png").statusCode(201);
  }

  public static ValidatableResponse submit(Account account) {
    return given().auth().oauth2(account.token()).post(ME + "/submit").then();
  }

  public static ValidatableResponse act(long id, String action) {
    return given().auth().oauth2(Tokens.of("admin")).post(ADMIN + "/" + id + "/" + action).then();
  }

  public static ValidatableResponse actWithReason(long id, String action, String reason) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .post(ADMIN + "/" + id + "/" + action)
        .then();
  }

  /** A registered supplier in DRAFT with its id. */
  public static long registered(Account account) {
    return register(account, profile()).statusCode(201).extract().jsonPath().getLong("id");
  }

  /** A supplier that has been verified, with its id. */
  public static long verified(Account account) {
    return verified(account, profile());
  }

  /** A supplier with this profile that has been verified, with its id. */
  public static long verified(Account account, Map<String, Object> profile) {
    long id = register(account, profile).statusCode(201).extract().jsonPath().getLong("id");
    uploadMandatoryDocuments(account);
    submit(account).statusCode(200);
    act(id, "verify").statusCode(200);
    return id;
  }
}
