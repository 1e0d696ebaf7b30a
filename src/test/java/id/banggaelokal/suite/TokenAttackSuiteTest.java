package id.banggaelokal.suite;

import static io.restassured.RestAssured.given;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Token attacks (issue 7, QUALITY.md "Security and bad input"): every protected operation of a
 * representative set, one or more per resource family, is called with tokens that are expired, not
 * yet valid, signed by another key, from another issuer, unsigned ({@code alg: none}), tampered
 * with, without a subject, with roles in a claim the service does not read, of a work unit that
 * does not exist or is inactive, and with Authorization headers that are not bearer tokens at all.
 * Each must be refused with 401 (403 where the token is genuine but grants nothing), never a 5xx,
 * always as problem details, and nothing may be stored. A genuine token must work on the same
 * operations, so that the suite can fail.
 */
@QuarkusTest
class TokenAttackSuiteTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject Database database;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final SuiteReport report = new SuiteReport("token-attacks");

  /** Who calls: the claims a genuine token of theirs carries. */
  private record Party(String subject, String workUnit, String... roles) {}

  /**
   * A protected operation: how to call it, as whom, what a genuine token gets ({@code ok}) and what
   * a genuine token gets that carries none of the roles the service reads ({@code noRights}).
   */
  private record Operation(
      String id,
      String method,
      String path,
      Supplier<Map<String, Object>> body,
      Party party,
      int ok,
      int noRights) {}

  /** What the service answered. */
  private record Answer(int status, String contentType, String body) {}

  /** An attack: how to spoil the Authorization header of a party, and the statuses accepted. */
  private record Attack(
      String name, Function<Party, String> authorization, Set<Integer> expected) {}

  @Test
  void forgedExpiredAndMalformedTokensAreRefusedEverywhere() throws Exception {
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Keripik apel token", "PROCESSED_APPLE", "15000"));
    Buyer buyer = Buyer.create();
    Party supplier = new Party(seller.account().subject(), null, "supplier");
    Party staff = new Party(Tokens.uniqueSubject(), buyer.workUnit(), "buyer");
    Party admin = new Party(Tokens.uniqueSubject(), null, "admin");

    List<Operation> operations =
        List.of(
            get("getMySupplierProfile", "/api/v1/suppliers/me", supplier, 403),
            get("listMyListings", "/api/v1/listings/mine", supplier, 403),
            get("listMyQuotations", "/api/v1/quotations/mine", supplier, 403),
            get("listMyNotifications", "/api/v1/notifications", supplier, 200),
            get("listOrders", "/api/v1/orders", staff, 403),
            get("listPurchaseRequests", "/api/v1/purchase-requests", staff, 403),
            new Operation(
                "createPurchaseRequest",
                "POST",
                PurchaseRequestFixtures.PATH,
                TokenAttackSuiteTest::purchaseRequest,
                staff,
                201,
                403),
            new Operation(
                "placeDirectOrder",
                "POST",
                OrderFixtures.PATH,
                () -> OrderFixtures.direct(OrderFixtures.line(listing, 1)),
                staff,
                201,
                403),
            get("getSettings", "/api/v1/admin/settings", admin, 403),
            get("readAuditLog", "/api/v1/admin/audit-log", admin, 403),
            get("listWorkUnits", WorkUnitFixtures.PATH, admin, 403),
            new Operation(
                "createWorkUnit",
                "POST",
                WorkUnitFixtures.PATH,
                () -> new LinkedHashMap<>(WorkUnitFixtures.body(WorkUnitFixtures.uniqueCode())),
                admin,
                201,
                403));

    long requestsBefore = database.count("select count(*) from purchase_request");
    long ordersBefore = database.count("select count(*) from purchase_order");
    long unitsBefore = database.count("select count(*) from work_unit");
    for (Operation operation : operations) {
      expect(operation, "genuine token", bearer(valid(operation.party())), Set.of(operation.ok()));
    }
    for (Attack attack : attacks()) {
      for (Operation operation : operations) {
        Set<Integer> expected =
            attack.expected().isEmpty() ? Set.of(operation.noRights()) : attack.expected();
        expect(operation, attack.name(), attack.authorization().apply(operation.party()), expected);
      }
    }
    for (Operation operation : operations) {
      expectRaw(operation, "no Authorization header", null);
      expectRaw(
          operation,
          "non-ASCII (UTF-8) bytes in the bearer token",
          withValid(operation, "Bearer ", " \u00e9\u20ac\u4e2d".getBytes(StandardCharsets.UTF_8)));
      expectRaw(
          operation,
          "Latin-1 bytes in the bearer token",
          withValid(operation, "Bearer ", new byte[] {(byte) 0xE9, (byte) 0xFF}));
      expectRaw(
          operation,
          "a NUL byte in the bearer token",
          withValid(operation, "Bearer ", new byte[] {0, 'x'}),
          true);
      expectRaw(
          operation,
          "a non-ASCII scheme",
          concat("B\u00e9arer ".getBytes(StandardCharsets.UTF_8), ascii(valid(operation.party()))));
      // The first alone would be let in: a service reading one of two may read another one than a
      // proxy in front of it did.
      expectRaw(
          operation,
          "two Authorization headers, its own genuine token first and another party's after",
          ascii(bearer(valid(operation.party()))),
          ascii(bearer(valid(operation.party() == admin ? staff : admin))));
    }

    workUnitsThatCannotAct(staff, operations, seller, listing);

    long requestsCreated = database.count("select count(*) from purchase_request") - requestsBefore;
    long ordersCreated = database.count("select count(*) from purchase_order") - ordersBefore;
    long unitsCreated = database.count("select count(*) from work_unit") - unitsBefore;
    if (requestsCreated != 1 || ordersCreated != 1 || unitsCreated != 2) {
      report.failure(
          "refused tokens stored something: purchase requests +%d, orders +%d, work units +%d"
                  .formatted(requestsCreated, ordersCreated, unitsCreated)
              + " (expected +1, +1 and +2: the genuine tokens' and the deactivated unit)");
    }
    for (Operation operation : operations) {
      expect(
          operation,
          "genuine token after the attacks",
          bearer(valid(operation.party())),
          Set.of(operation.ok()));
    }
    report.finish();
  }

  /**
   * Staff whose work unit is not a well-formed code, does not exist or has been deactivated may
   * neither act for it nor read anything through it (403: their tokens are valid, the right is
   * missing).
   */
  private void workUnitsThatCannotAct(
      Party staff, List<Operation> operations, Seller seller, long listing) {
    String inactive = WorkUnitFixtures.uniqueCode();
    long inactiveId = WorkUnitFixtures.createId(inactive);
    given()
        .auth()
        .oauth2(Tokens.of("admin"))
        .post(WorkUnitFixtures.PATH + "/" + inactiveId + "/deactivate")
        .then()
        .statusCode(200);
    Map<String, String> units =
        Map.of(
            "a work unit that does not exist",
            "WU-NONE-" + shortId(),
            "a deactivated work unit",
            inactive,
            "a path for a work unit",
            "../DISKOMINFO",
            "a lower-case work unit",
            staff.workUnit().toLowerCase(java.util.Locale.ROOT),
            "a work unit with a leading space",
            " " + staff.workUnit());
    for (Map.Entry<String, String> unit : units.entrySet()) {
      Party stranger = new Party(Tokens.uniqueSubject(), unit.getValue(), staff.roles());
      String token = bearer(valid(stranger));
      for (Operation operation : operations) {
        if (operation.party() != staff) {
          continue;
        }
        Operation asStranger =
            new Operation(
                operation.id(),
                operation.method(),
                operation.path(),
                operation.body(),
                stranger,
                operation.ok(),
                operation.noRights());
        expect(asStranger, "work_unit of " + unit.getKey(), token, Set.of(403));
      }
    }
    // A supplier's token with a work unit does not make the supplier staff.
    Party supplierWithUnit = new Party(seller.account().subject(), staff.workUnit(), "supplier");
    Operation order =
        operations.stream().filter(o -> o.id().equals("placeDirectOrder")).findFirst().get();
    expect(
        new Operation(
            order.id(),
            order.method(),
            order.path(),
            order.body(),
            supplierWithUnit,
            order.ok(),
            order.noRights()),
        "a supplier's token with a work_unit",
        bearer(valid(supplierWithUnit)),
        Set.of(403));
  }

  private List<Attack> attacks() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair otherKey = generator.generateKeyPair();
    Instant now = Instant.now();
    Set<Integer> refused = Set.of(401);
    Set<Integer> noRights = Set.of();
    List<Attack> attacks = new ArrayList<>();

    attacks.add(
        new Attack(
            "expired an hour ago",
            p ->
                bearer(
                    sign(
                        claims(p)
                            .issuedAt(now.minusSeconds(7200))
                            .expiresAt(now.minusSeconds(3600)))),
            refused));
    attacks.add(
        new Attack(
            "expired five minutes ago",
            p ->
                bearer(
                    sign(
                        claims(p)
                            .issuedAt(now.minusSeconds(900))
                            .expiresAt(now.minusSeconds(300)))),
            refused));
    attacks.add(
        new Attack(
            "not valid before an hour from now (nbf)",
            p -> bearer(sign(claims(p).claim("nbf", now.plusSeconds(3600).getEpochSecond()))),
            refused));
    attacks.add(
        new Attack(
            "issued an hour from now (iat)",
            p ->
                bearer(
                    sign(
                        claims(p)
                            .issuedAt(now.plusSeconds(3600))
                            .expiresAt(now.plusSeconds(4200)))),
            refused));
    attacks.add(
        new Attack(
            "signed by another RSA key with the real key id",
            p -> bearer(claims(p).jws().keyId("1").sign(otherKey.getPrivate())),
            refused));
    attacks.add(
        new Attack(
            "signed by another RSA key without a key id",
            p -> bearer(claims(p).jws().sign(otherKey.getPrivate())),
            refused));
    attacks.add(
        new Attack(
            "signed by another RSA key that the header carries (jwk)",
            p ->
                bearer(
                    claims(p)
                        .jws()
                        .keyId("attacker")
                        .jwk(otherKey.getPublic())
                        .sign(otherKey.getPrivate())),
            refused));
    attacks.add(
        new Attack(
            "signed by another RSA key found at a jku of the attacker",
            p ->
                bearer(
                    claims(p)
                        .jws()
                        .keyId("1")
                        .header("jku", "http://127.0.0.1:1/certs")
                        .sign(otherKey.getPrivate())),
            refused));
    attacks.add(
        new Attack(
            "HS256 with a guessed secret",
            p ->
                bearer(
                    claims(p)
                        .jws()
                        .keyId("1")
                        .algorithm(SignatureAlgorithm.HS256)
                        .sign(
                            new SecretKeySpec(
                                "quarkus-service-app-secret-0123456789abcdef"
                                    .getBytes(StandardCharsets.UTF_8),
                                "HmacSHA256"))),
            refused));
    attacks.add(
        new Attack(
            "from another issuer",
            p -> bearer(sign(claims(p).issuer("https://evil.example.com"))),
            refused));
    attacks.add(
        new Attack(
            "from an issuer that only starts like the real one",
            p -> bearer(sign(claims(p).issuer(Tokens.ISSUER + ".evil.example.com"))),
            refused));
    attacks.add(new Attack("without iss", p -> bearer(sign(claims(p).remove("iss"))), refused));
    attacks.add(
        new Attack(
            "issued to another client of the realm (another audience)",
            p -> bearer(sign(claims(p).audience("another-city-app"))),
            refused));
    attacks.add(new Attack("without aud", p -> bearer(sign(claims(p).remove("aud"))), refused));
    attacks.add(
        new Attack(
            "alg none, signature empty",
            p -> bearer(unsigned("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"1\"}", p) + "."),
            refused));
    attacks.add(
        new Attack(
            "alg None, no signature part",
            p -> bearer(unsigned("{\"alg\":\"None\",\"typ\":\"JWT\"}", p)),
            refused));
    attacks.add(
        new Attack(
            "alg NONE with the real signature kept",
            p -> {
              String[] genuine = valid(p).split("\\.");
              return bearer(
                  base64("{\"alg\":\"NONE\",\"kid\":\"1\"}") + "." + genuine[1] + "." + genuine[2]);
            },
            refused));
    attacks.add(
        new Attack(
            "signature stripped, dot kept",
            p -> bearer(valid(p).substring(0, valid(p).lastIndexOf('.') + 1)),
            refused));
    attacks.add(
        new Attack(
            "signature stripped with its dot",
            p -> bearer(valid(p).substring(0, valid(p).lastIndexOf('.'))),
            refused));
    attacks.add(
        new Attack(
            "a byte of the signature flipped",
            p -> {
              String token = valid(p);
              int middle = token.lastIndexOf('.') + 20;
              char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
              return bearer(token.substring(0, middle) + changed + token.substring(middle + 1));
            },
            refused));
    attacks.add(
        new Attack(
            "payload swapped for one with more roles, signature kept",
            p -> {
              String[] genuine = valid(p).split("\\.");
              Party elevated =
                  new Party(p.subject(), p.workUnit(), "admin", "auditor", "buyer", "supplier");
              String[] forged = valid(elevated).split("\\.");
              return bearer(genuine[0] + "." + forged[1] + "." + genuine[2]);
            },
            refused));
    attacks.add(
        new Attack(
            "header swapped for RS512, signature kept",
            p -> {
              String[] genuine = valid(p).split("\\.");
              return bearer(
                  base64("{\"alg\":\"RS512\",\"typ\":\"JWT\",\"kid\":\"1\"}")
                      + "."
                      + genuine[1]
                      + "."
                      + genuine[2]);
            },
            refused));
    attacks.add(new Attack("without sub", p -> bearer(sign(claims(p).remove("sub"))), refused));
    attacks.add(new Attack("blank sub", p -> bearer(sign(claims(p).subject("  "))), refused));
    attacks.add(
        new Attack(
            "roles in a top-level roles claim",
            p -> bearer(sign(claims(p.subject(), p.workUnit()).claim("roles", List.of(p.roles())))),
            noRights));
    attacks.add(
        new Attack(
            "roles in groups",
            p -> bearer(sign(claims(p.subject(), p.workUnit()).groups(Set.of(p.roles())))),
            noRights));
    attacks.add(
        new Attack(
            "roles in resource_access of the client",
            p ->
                bearer(
                    sign(
                        claims(p.subject(), p.workUnit())
                            .claim(
                                "resource_access",
                                Map.of(
                                    "quarkus-service-app", Map.of("roles", List.of(p.roles())))))),
            noRights));
    attacks.add(
        new Attack(
            "roles in scope",
            p ->
                bearer(
                    sign(
                        claims(p.subject(), p.workUnit())
                            .claim("scope", String.join(" ", p.roles())))),
            noRights));
    attacks.add(
        new Attack(
            "roles in realm_access.role (misspelt)",
            p ->
                bearer(
                    sign(
                        claims(p.subject(), p.workUnit())
                            .claim("realm_access", Map.of("role", List.of(p.roles()))))),
            noRights));
    for (String garbage :
        List.of(
            "Bearer garbage",
            "Bearer a.b.c",
            "Bearer ...",
            "Bearer ..",
            "Bearer eyJ",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJ.",
            "Bearer e30.e30.e30",
            "Bearer " + base64("[]") + "." + base64("null") + ".AA",
            "Bearer " + base64("{\"alg\":\"RS256\"") + "." + base64("{\"sub\":") + ".AA",
            "Bearer %00%0d%0a",
            "Bearer {\"alg\":\"none\"}",
            "Bearer " + "A".repeat(4000),
            "Bearer",
            "Bearer ",
            "Bearer      ",
            "bearer",
            "Basic dXNlcjpwYXNzd29yZA==",
            "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()),
            "Digest username=\"admin\", realm=\"x\", response=\"0\"",
            "Negotiate YIIB",
            "",
            "   ")) {
      attacks.add(new Attack("Authorization: " + abbreviate(garbage), p -> garbage, refused));
    }
    attacks.add(
        new Attack(
            "Basic with the genuine token as the password",
            p ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(("user:" + valid(p)).getBytes(StandardCharsets.US_ASCII)),
            refused));
    attacks.add(
        new Attack(
            "the genuine token with garbage after it", p -> bearer(valid(p)) + " x", refused));
    attacks.add(
        new Attack(
            "the genuine token twice", p -> bearer(valid(p)) + ", " + bearer(valid(p)), refused));
    attacks.add(
        new Attack("a 100 KB garbage token", p -> "Bearer " + "a".repeat(100 * 1024), Set.of(431)));
    attacks.add(
        new Attack(
            "a 100 KB token signed by the real key",
            // base64url makes 75 KB of claims a 100 KB token
            p -> bearer(sign(claims(p).claim("padding", "x".repeat(75 * 1024)))),
            Set.of(431)));
    return attacks;
  }

  // --- Sending -----------------------------------------------------------------------------------

  private Answer expect(
      Operation operation, String attack, String authorization, Set<Integer> expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + operation.path()))
            .timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (operation.body() != null) {
      request
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .method(
              operation.method(),
              HttpRequest.BodyPublishers.ofByteArray(json(operation.body().get())));
    } else {
      request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      if (expected != null && expected.contains(431)) {
        // The service refuses a header block over its limit with a 431 and closes the
        // connection; a client still sending its body may see the close before the answer.
        // Nothing reached the service's handlers either way.
        report.sent(operation.id());
        return new Answer(431, null, "");
      }
      throw new IllegalStateException(operation.id() + " with " + attack, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(operation.id() + " with " + attack, e);
    }
    report.sent(operation.id());
    Answer answer =
        new Answer(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null),
            response.body());
    String where = operation.id() + " with " + attack;
    int status = answer.status();
    if (status >= 500) {
      report.failure(where + ": " + status + " " + abbreviate(answer.body()));
    } else if (expected != null && !expected.contains(status)) {
      report.failure(
          where + ": " + status + " (expected " + expected + ") " + abbreviate(answer.body()));
    }
    if (status >= 400) {
      checkProblem(where, status, answer.contentType(), answer.body());
    }
    return answer;
  }

  /**
   * Sends an Authorization header made of raw bytes (null: none); expects a 401 problem, or the
   * HTTP decoder's bare 400 for what is not HTTP at all.
   */
  private void expectRaw(Operation operation, String attack, byte[] authorization) {
    expectRaw(operation, attack, authorization, false);
  }

  /** Sends two Authorization headers; expects a 401 problem. */
  private void expectRaw(Operation operation, String attack, byte[] first, byte[] second) {
    expectRaw(operation, attack, List.of(first, second), false);
  }

  private void expectRaw(
      Operation operation, String attack, byte[] authorization, boolean protocolViolation) {
    expectRaw(
        operation,
        attack,
        authorization == null ? List.<byte[]>of() : List.of(authorization),
        protocolViolation);
  }

  private void expectRaw(
      Operation operation, String attack, List<byte[]> authorizations, boolean protocolViolation) {
    List<byte[]> headers = new ArrayList<>();
    for (byte[] authorization : authorizations) {
      headers.add(concat(ascii("Authorization: "), authorization));
    }
    byte[] body = null;
    if (operation.body() != null) {
      body = json(operation.body().get());
      headers.add(ascii("Content-Type: application/json"));
      headers.add(ascii("Content-Length: " + body.length));
    }
    RawHttp.Answer answer =
        RawHttp.send(
            RawHttp.head(operation.method(), operation.path(), headers.toArray(byte[][]::new)),
            body,
            false);
    report.sent(operation.id());
    String where = operation.id() + " with " + attack;
    if (answer.status() != 401 && !(protocolViolation && answer.status() == 400)) {
      report.failure(
          where + ": " + answer.status() + " (expected 401) " + abbreviate(answer.text()));
    }
    if (protocolViolation && answer.status() == 400) {
      // A NUL in a header is not HTTP (RFC 9110, 5.5): Netty's decoder refuses the request with
      // a bare 400 before any handler of the service runs.
      return;
    }
    checkProblem(where, answer.status(), answer.header("content-type"), answer.text());
  }

  private void checkProblem(String where, int status, String contentType, String body) {
    if (contentType == null || !contentType.startsWith(PROBLEM)) {
      report.failure(where + ": " + status + " answered as " + contentType + ", not " + PROBLEM);
      return;
    }
    try {
      int said = JsonPath.from(body).getInt("status");
      if (said != status) {
        report.failure(where + ": problem says status " + said + " but the answer is " + status);
      }
    } catch (RuntimeException e) {
      report.failure(where + ": problem body is not readable JSON: " + abbreviate(body));
    }
  }

  // --- Tokens ------------------------------------------------------------------------------------

  private static Operation get(String id, String path, Party party, int noRights) {
    return new Operation(id, "GET", path, null, party, 200, noRights);
  }

  private static String valid(Party party) {
    return Tokens.forUser(party.subject(), party.workUnit(), party.roles());
  }

  private static JwtClaimsBuilder claims(Party party) {
    return Tokens.claims(party.subject(), party.workUnit(), party.roles());
  }

  /** Genuine claims of the party without any realm role. */
  private static JwtClaimsBuilder claims(String subject, String workUnit) {
    return Tokens.claims(subject, workUnit).remove("realm_access");
  }

  private static String sign(JwtClaimsBuilder claims) {
    return Tokens.sign(claims);
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  /** header.payload of the party's genuine claims under this header, without a signature. */
  private static String unsigned(String header, Party party) {
    return base64(header) + "." + valid(party).split("\\.")[1];
  }

  private static byte[] withValid(Operation operation, String scheme, byte[] suffix) {
    return concat(ascii(scheme + valid(operation.party())), suffix);
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> purchaseRequest() {
    return PurchaseRequestFixtures.eventRequest(
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(10), List.of());
  }

  private static byte[] json(Map<String, Object> body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .findAndRegisterModules()
          .writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
  }
}
