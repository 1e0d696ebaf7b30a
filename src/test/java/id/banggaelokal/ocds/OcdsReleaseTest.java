package id.banggaelokal.ocds;

import static id.banggaelokal.order.OrderFixtures.accept;
import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.deliver;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.latestDelivery;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.pay;
import static id.banggaelokal.order.OrderFixtures.placed;
import static id.banggaelokal.purchaserequest.PurchaseRequestFixtures.eventRequest;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.quotation.QuotationFixtures;
import id.banggaelokal.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * OCDS publication: a full purchase (request, quotations, award, confirmation, delivery, invoice,
 * payments), a direct order above the approval threshold and a cancelled request, read back from
 * the feed page by page; every package and release validated against the official OCDS 1.1 schemas
 * and every coded value against the official codelists, read from {@code -Docds.dir} (default
 * {@code ../shared/ocds/1.1}).
 */
@QuarkusTest
class OcdsReleaseTest {

  private static final String FEED = "/api/v1/ocds/releases";
  private static final String SCHEMA_BASE = "https://standard.open-contracting.org/schema/1__1__5/";
  private static final String RELEASE_SCHEMA = SCHEMA_BASE + "release-schema.json";
  private static final String PACKAGE_SCHEMA = SCHEMA_BASE + "release-package-schema.json";
  private static final String EXTENDED_RELEASE_SCHEMA =
      "https://bangga-elokal.test/schema/release-schema-with-umkm-scale.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path ocdsDir;

  @Inject Database database;

  /** The folder of the official schemas; the schema test is skipped, saying so, without it. */
  private static void requireTheSchemas() {
    ocdsDir = Path.of(System.getProperty("ocds.dir", "../shared/ocds/1.1")).toAbsolutePath();
    if (!Files.isDirectory(ocdsDir)) {
      System.err.println(
          "OcdsReleaseTest: schema validation SKIPPED, no OCDS 1.1 schemas at "
              + ocdsDir
              + " (set -Docds.dir to the folder holding release-schema.json and codelists/)");
    }
    Assumptions.assumeTrue(
        Files.isDirectory(ocdsDir),
        "OCDS 1.1 schemas not found at " + ocdsDir + "; set -Docds.dir to validate releases");
  }

  @Test
  void everyReleaseOfAFullPurchaseADirectOrderAndACancellationIsValidOcds() throws Exception {
    requireTheSchemas();
    long start = database.count("select coalesce(max(seq), 0) from ocds_release");

    // A request to two invited suppliers, quoted by both, closed, awarded, confirmed, delivered,
    // accepted, invoiced and paid in two parts.
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    Seller rival = Seller.verified();
    long request =
        PurchaseRequestFixtures.open(
            buyer,
            eventRequest(
                OffsetDateTime.now().plusDays(1),
                List.of(seller.supplierId(), rival.supplierId())));
    long quotation = QuotationFixtures.quote(seller.token(), request, 5, "34000", "2500000");
    QuotationFixtures.quote(rival.token(), request, 7, "35000", "2400000");
    PurchaseRequestFixtures.act(buyer.token(), request, "close").statusCode(200);
    long awarded =
        given()
            .auth()
            .oauth2(buyer.token())
            .post(QuotationFixtures.PATH + "/" + quotation + "/accept")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    act(seller.token(), awarded, "confirm").statusCode(200);
    long delivery = latestDelivery(deliver(seller.token(), awarded, 1, 150, 2, 1).statusCode(201));
    accept(buyer.token(), awarded, delivery).statusCode(200);
    BigDecimal net = invoice(seller, awarded);
    BigDecimal first = net.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
    String treasurer = buyer.colleague("treasurer");
    pay(treasurer, awarded, first.toPlainString()).statusCode(201);
    pay(treasurer, awarded, net.subtract(first).toPlainString())
        .statusCode(201)
        .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));

    // A direct catalogue order above the approval threshold (2 × 150,000,000).
    Seller venue = Seller.verified();
    long listing =
        CatalogFixtures.published(
            venue, CatalogFixtures.eventService("Paket konferensi", "150000000"));
    long order = placed(buyer.token(), direct(line(listing, 2)));
    act(buyer.colleague("approver"), order, "approve").statusCode(200);
    act(venue.token(), order, "confirm").statusCode(200);
    long handover = latestDelivery(deliver(venue.token(), order, 1, 2).statusCode(201));
    accept(buyer.token(), order, handover).statusCode(200);
    BigDecimal directNet = invoice(venue, order);
    pay(treasurer, order, directNet.toPlainString()).statusCode(201);

    // A direct order the supplier declines, and one cancelled by both parties after confirmation.
    Seller caterer = Seller.verified();
    long menu =
        CatalogFixtures.published(caterer, CatalogFixtures.eventService("Nasi kotak", "35000"));
    long declined = placed(buyer.token(), direct(line(menu, 40)));
    act(caterer.token(), declined, "decline", "Dapur penuh pada tanggal itu.").statusCode(200);
    long called = placed(buyer.token(), direct(line(menu, 60)));
    act(caterer.token(), called, "confirm").statusCode(200);
    act(buyer.token(), called, "cancel", "Acara diundur.").statusCode(200);
    act(caterer.token(), called, "cancel", "Setuju.")
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"))
        .body("confirmedAt", org.hamcrest.Matchers.notNullValue());

    // A request published and then cancelled; and a draft, which publishes nothing (and, as
    // PRODUCT.md draws the lifecycle, cannot be cancelled).
    long withdrawn =
        PurchaseRequestFixtures.open(
            buyer, eventRequest(OffsetDateTime.now().plusDays(2), List.of()));
    cancel(buyer, withdrawn);
    long draft =
        PurchaseRequestFixtures.create(
                buyer.token(), eventRequest(OffsetDateTime.now().plusDays(2), List.of()))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .auth()
        .oauth2(buyer.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Anggaran dialihkan."))
        .post(PurchaseRequestFixtures.PATH + "/" + draft + "/cancel")
        .then()
        .statusCode(409);

    // Read the feed in pages of 2 and validate every package and release.
    Validator validator = new Validator();
    List<JsonNode> packages = readFeed(start, 2);
    List<JsonNode> releases = new ArrayList<>();
    for (JsonNode releasePackage : packages) {
      validator.validatePackage(releasePackage);
      releasePackage.get("releases").forEach(releases::add);
    }
    // Each release once, in order: the same as one page of 100.
    List<String> ids = releases.stream().map(r -> r.get("id").asText()).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "release ids are unique: " + ids);
    List<String> inOnePage = new ArrayList<>();
    readFeed(start, 100)
        .forEach(p -> p.get("releases").forEach(r -> inOnePage.add(r.get("id").asText())));
    assertEquals(ids, inOnePage);

    Map<String, List<JsonNode>> byOcid = new LinkedHashMap<>();
    for (JsonNode release : releases) {
      byOcid.computeIfAbsent(release.get("ocid").asText(), o -> new ArrayList<>()).add(release);
    }
    // The purchase from the request: one ocid for all six releases.
    List<JsonNode> purchase = byOcid.get("ocds-bel001-pr-" + request);
    assertEquals(
        List.of(
            "[tender]",
            "[award]",
            "[contract]",
            "[implementation]",
            "[implementation, contractTermination]"),
        purchase.stream().map(OcdsReleaseTest::tags).distinct().toList());
    assertEquals(
        List.of(
            "[tender]",
            "[award]",
            "[contract]",
            "[implementation]",
            "[implementation]",
            "[implementation, contractTermination]"),
        purchase.stream().map(OcdsReleaseTest::tags).toList());
    JsonNode tender = purchase.get(0).get("tender");
    assertEquals("limited", tender.get("procurementMethod").asText());
    assertEquals(0, new BigDecimal("7750000").compareTo(tender.at("/value/amount").decimalValue()));
    assertEquals("work-unit-" + buyer.workUnit(), purchase.get(0).at("/buyer/id").asText());
    JsonNode award = purchase.get(1).at("/awards/0");
    assertEquals("quotation-" + quotation, award.get("id").asText());
    assertEquals("supplier-" + seller.supplierId(), award.at("/suppliers/0/id").asText());
    assertEquals(0, new BigDecimal("7600000").compareTo(award.at("/value/amount").decimalValue()));
    assertEquals("active", purchase.get(2).at("/contracts/0/status").asText());
    assertEquals("quotation-" + quotation, purchase.get(2).at("/contracts/0/awardID").asText());
    JsonNode supplierParty = party(purchase.get(1), "supplier-" + seller.supplierId());
    assertNotNull(supplierParty.at("/details/umkmScale").textValue());
    JsonNode settled = purchase.get(5).at("/contracts/0/implementation");
    assertEquals(2, settled.get("transactions").size());
    BigDecimal paid = BigDecimal.ZERO;
    for (JsonNode transaction : settled.get("transactions")) {
      paid = paid.add(transaction.at("/value/amount").decimalValue());
      assertEquals("work-unit-" + buyer.workUnit(), transaction.at("/payer/id").asText());
    }
    assertEquals(0, net.compareTo(paid));
    assertEquals("met", settled.at("/milestones/0/status").asText());
    assertEquals("delivery", settled.at("/milestones/0/type").asText());

    // The direct order: tender and award at once, of method direct, then the approver's pending
    // contract, the supplier's active one, the handover and the payment.
    List<JsonNode> directReleases = byOcid.get("ocds-bel001-order-" + order);
    assertEquals(
        List.of(
            "[tender, award]",
            "[contract]",
            "[contract]",
            "[implementation]",
            "[implementation, contractTermination]"),
        directReleases.stream().map(OcdsReleaseTest::tags).toList());
    assertEquals("direct", directReleases.get(0).at("/tender/procurementMethod").asText());
    assertTrue(directReleases.get(0).at("/tender/procurementMethodRationale").isTextual());
    assertEquals("pending", directReleases.get(1).at("/contracts/0/status").asText());
    assertEquals("active", directReleases.get(2).at("/contracts/0/status").asText());

    // The declined order's award is cancelled (no contract was ever made); the cancelled one's
    // contract in force is terminated.
    List<JsonNode> declinedReleases = byOcid.get("ocds-bel001-order-" + declined);
    assertEquals(
        List.of("[tender, award]", "[awardCancellation]"),
        declinedReleases.stream().map(OcdsReleaseTest::tags).toList());
    JsonNode cancelledAward = declinedReleases.get(1).at("/awards/0");
    assertEquals("order-" + declined, cancelledAward.get("id").asText());
    assertEquals("cancelled", cancelledAward.get("status").asText());
    assertEquals(
        "Dibatalkan: Dapur penuh pada tanggal itu.", cancelledAward.get("description").asText());
    assertTrue(declinedReleases.get(1).path("contracts").isMissingNode());
    List<JsonNode> calledOff = byOcid.get("ocds-bel001-order-" + called);
    assertEquals(
        List.of("[tender, award]", "[contract]", "[contractTermination]"),
        calledOff.stream().map(OcdsReleaseTest::tags).toList());
    assertEquals("terminated", calledOff.get(2).at("/contracts/0/status").asText());

    // The cancelled request; the draft published nothing.
    assertEquals(
        List.of("[tender]", "[tenderCancellation]"),
        byOcid.get("ocds-bel001-pr-" + withdrawn).stream().map(OcdsReleaseTest::tags).toList());
    assertNull(byOcid.get("ocds-bel001-pr-" + draft));

    // Every release validated, and every kind of code checked against its codelist.
    assertEquals(releases.size(), validator.releasesValidated);
    assertTrue(
        validator.codelistsUsed.containsAll(
            Set.of(
                "releaseTag.csv",
                "initiationType.csv",
                "partyRole.csv",
                "method.csv",
                "tenderStatus.csv",
                "awardStatus.csv",
                "contractStatus.csv",
                "currency.csv",
                "milestoneType.csv",
                "milestoneStatus.csv",
                "procurementCategory.csv",
                "submissionMethod.csv",
                "umkmScale.csv")),
        "codelists checked: " + validator.codelistsUsed);
    System.out.printf(
        "OcdsReleaseTest: %d packages and %d releases valid against OCDS 1.1 (%s); %d coded"
            + " values checked against %s%n",
        packages.size(), releases.size(), ocdsDir, validator.codesChecked, validator.codelistsUsed);
  }

  @Test
  void publishedReleasesCannotBeChangedOrRemoved() {
    Buyer buyer = Buyer.create();
    PurchaseRequestFixtures.open(buyer, eventRequest(OffsetDateTime.now().plusDays(1), List.of()));
    long releases = database.count("select count(*) from ocds_release");
    assertTrue(releases > 0);

    SQLException update = database.tryExecute("update ocds_release set ocid = 'changed'");
    SQLException delete = database.tryExecute("delete from ocds_release");
    SQLException truncate = database.tryExecute("truncate ocds_release");

    assertNotNull(update, "UPDATE must be refused");
    assertNotNull(delete, "DELETE must be refused");
    assertNotNull(truncate, "TRUNCATE must be refused");
    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
    assertEquals(releases, database.count("select count(*) from ocds_release"));
  }

  @Test
  void theCursorAndLimitAreCheckedAndTheFeedIsPublic() {
    for (Map.Entry<String, String> bad :
        Map.of(
                "since", "-1",
                "limit", "0")
            .entrySet()) {
      given()
          .queryParam(bad.getKey(), bad.getValue())
          .get(FEED)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    for (String since : List.of("abc", "1.5", "99999999999999999999")) {
      given()
          .queryParam("since", since)
          .get(FEED)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given().queryParam("limit", 101).get(FEED).then().statusCode(400);
    given().queryParam("limit", "x").get(FEED).then().statusCode(400);
    long end = database.count("select coalesce(max(seq), 0) from ocds_release");
    given()
        .queryParam("since", end)
        .get(FEED)
        .then()
        .statusCode(200)
        .header("X-Next-Cursor", String.valueOf(end))
        .body("version", org.hamcrest.Matchers.equalTo("1.1"))
        .body("releases", org.hamcrest.Matchers.empty())
        .body("links", org.hamcrest.Matchers.nullValue());
    // A cursor no page gave out would skip the releases published up to it.
    given()
        .queryParam("since", end + 1000)
        .get(FEED)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItem("since"));
    // The package's links are the service's, whatever Host the request named.
    given()
        .header("Host", "evil.example")
        .queryParam("limit", 1)
        .get(FEED)
        .then()
        .statusCode(200)
        .body("uri", org.hamcrest.Matchers.startsWith("http://localhost:"))
        .body("extensions[0]", org.hamcrest.Matchers.startsWith("http://localhost:"));
  }

  // --- Helpers --------------------------------------------------------------------------------

  /** Every package from {@code since} on, following links.next. */
  private static List<JsonNode> readFeed(long since, int limit) throws IOException {
    List<JsonNode> packages = new ArrayList<>();
    String next = FEED + "?since=" + since + "&limit=" + limit;
    while (next != null) {
      Response response = given().get(next);
      assertEquals(200, response.statusCode(), response.asString());
      JsonNode releasePackage = JSON.readTree(response.asString());
      packages.add(releasePackage);
      JsonNode releases = releasePackage.get("releases");
      assertTrue(releases.size() <= limit);
      if (releases.size() > 0) {
        long cursor = Long.parseLong(response.header("X-Next-Cursor"));
        assertTrue(cursor > since);
        since = cursor;
      }
      JsonNode link = releasePackage.at("/links/next");
      next = link.isMissingNode() ? null : link.asText();
      if (next != null) {
        assertEquals(limit, releases.size());
        assertTrue(next.endsWith("?since=" + since + "&limit=" + limit), next);
      }
    }
    return packages;
  }

  private static BigDecimal invoice(Seller seller, long order) {
    return new BigDecimal(
        act(seller.token(), order, "invoice")
            .statusCode(200)
            .extract()
            .path("invoice.netPayable")
            .toString());
  }

  private static void cancel(Buyer buyer, long request) {
    given()
        .auth()
        .oauth2(buyer.token())
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Anggaran dialihkan."))
        .post(PurchaseRequestFixtures.PATH + "/" + request + "/cancel")
        .then()
        .statusCode(200);
  }

  private static String tags(JsonNode release) {
    List<String> tags = new ArrayList<>();
    release.get("tag").forEach(t -> tags.add(t.asText()));
    return tags.toString();
  }

  private static JsonNode party(JsonNode release, String id) {
    for (JsonNode party : release.get("parties")) {
      if (party.get("id").asText().equals(id)) {
        return party;
      }
    }
    throw new AssertionError("no party " + id + " in " + release);
  }

  /**
   * The official schemas (draft-04, their canonical URLs mapped to the local files), the release
   * schema with the umkm-scale extension applied (as served by the service), and the codelists.
   */
  private static final class Validator {
    private final Schema packageSchema;
    private final Schema releaseSchema;
    private final Schema extendedReleaseSchema;
    private final JsonNode extendedSchemaTree;
    private final Map<String, Set<String>> codelists = new HashMap<>();
    final Set<String> codelistsUsed = new TreeSet<>();
    int releasesValidated;
    int codesChecked;

    Validator() throws IOException {
      String release = Files.readString(ocdsDir.resolve("release-schema.json"));
      String releasePackage = Files.readString(ocdsDir.resolve("release-package-schema.json"));
      assertTrue(release.contains("\"id\": \"" + RELEASE_SCHEMA + "\""));
      assertTrue(releasePackage.contains("\"$ref\": \"" + RELEASE_SCHEMA + "\""));
      // The extension, from where the packages say it is.
      String base = "/ocds/extensions/umkm-scale/";
      JsonNode extension =
          JSON.readTree(
              given().get(base + "extension.json").then().statusCode(200).extract().asString());
      assertEquals("1.1", extension.at("/compatibility/0").asText());
      JsonNode patch =
          JSON.readTree(
              given()
                  .get(base + "release-schema.json")
                  .then()
                  .statusCode(200)
                  .extract()
                  .asString());
      ObjectNode extended = (ObjectNode) JSON.readTree(release);
      merge(extended, patch);
      extended.put("id", EXTENDED_RELEASE_SCHEMA);
      extendedSchemaTree = extended;
      codelists.put(
          "umkmScale.csv",
          codes(
              given()
                  .get(base + "codelists/umkmScale.csv")
                  .then()
                  .statusCode(200)
                  .extract()
                  .asString()));

      String extendedText = JSON.writeValueAsString(extended);
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              builder ->
                  builder.schemas(
                      Map.of(
                          RELEASE_SCHEMA,
                          release,
                          PACKAGE_SCHEMA,
                          releasePackage,
                          EXTENDED_RELEASE_SCHEMA,
                          extendedText)));
      packageSchema = registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA));
      releaseSchema = registry.getSchema(SchemaLocation.of(RELEASE_SCHEMA));
      extendedReleaseSchema = registry.getSchema(SchemaLocation.of(EXTENDED_RELEASE_SCHEMA));
      // The validator does refuse what the standard refuses.
      String bad =
          "{\"ocid\": \"x\", \"id\": \"1\", \"date\": \"yesterday\", \"tag\": [\"bogus\"],"
              + " \"initiationType\": \"tender\"}";
      assertEquals(2, releaseSchema.validate(bad, InputFormat.JSON).size());
      String badScale =
          "{\"ocid\": \"x\", \"id\": \"1\", \"date\": \"2026-01-01T00:00:00Z\","
              + " \"tag\": [\"tender\"], \"initiationType\": \"tender\","
              + " \"parties\": [{\"id\": \"p\", \"details\": {\"umkmScale\": \"LARGE\"}}]}";
      assertTrue(releaseSchema.validate(badScale, InputFormat.JSON).isEmpty());
      assertEquals(1, extendedReleaseSchema.validate(badScale, InputFormat.JSON).size());
    }

    void validatePackage(JsonNode releasePackage) throws IOException {
      if (releasePackage.get("releases").isEmpty()) {
        // Past the end of the feed: the schema wants at least one release; nothing to check.
        return;
      }
      assertEquals("1.1", releasePackage.get("version").asText());
      String text = JSON.writeValueAsString(releasePackage);
      var errors = packageSchema.validate(text, InputFormat.JSON);
      assertTrue(errors.isEmpty(), "release package invalid: " + errors + "\n" + text);
      for (JsonNode release : releasePackage.get("releases")) {
        String releaseText = JSON.writeValueAsString(release);
        var releaseErrors = releaseSchema.validate(releaseText, InputFormat.JSON);
        assertTrue(
            releaseErrors.isEmpty(), "release invalid: " + releaseErrors + "\n" + releaseText);
        var extendedErrors = extendedReleaseSchema.validate(releaseText, InputFormat.JSON);
        assertTrue(
            extendedErrors.isEmpty(),
            "release invalid with its extension: " + extendedErrors + "\n" + releaseText);
        checkCodes(release, extendedSchemaTree, "release");
        releasesValidated++;
      }
    }

    /** Walks the release beside its schema and checks each value of a codelist field. */
    private void checkCodes(JsonNode data, JsonNode schema, String path) throws IOException {
      schema = resolve(schema);
      if (schema.has("codelist")) {
        String codelist = schema.get("codelist").asText();
        Set<String> codes = codelist(codelist);
        List<JsonNode> values = new ArrayList<>();
        if (data.isArray()) {
          data.forEach(values::add);
        } else {
          values.add(data);
        }
        for (JsonNode value : values) {
          if (!value.isNull()) {
            assertTrue(
                codes.contains(value.asText()),
                path + " = " + value + " is not in the codelist " + codelist);
            codesChecked++;
          }
        }
        codelistsUsed.add(codelist);
      }
      if (data.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          JsonNode property = schema.path("properties").path(field.getKey());
          if (!property.isMissingNode()) {
            checkCodes(field.getValue(), property, path + "." + field.getKey());
          }
        }
      } else if (data.isArray() && schema.has("items")) {
        for (JsonNode item : data) {
          checkCodes(item, schema.get("items"), path + "[]");
        }
      }
    }

    private JsonNode resolve(JsonNode schema) {
      while (schema.has("$ref")) {
        String ref = schema.get("$ref").asText();
        assertTrue(ref.startsWith("#/definitions/"), ref);
        schema = extendedSchemaTree.at(ref.substring(1));
      }
      return schema;
    }

    private Set<String> codelist(String name) throws IOException {
      Set<String> codes = codelists.get(name);
      if (codes == null) {
        codes = codes(Files.readString(ocdsDir.resolve("codelists").resolve(name)));
        codelists.put(name, codes);
      }
      return codes;
    }

    /** The Code column of a codelist CSV (fields may be quoted). */
    private static Set<String> codes(String csv) {
      List<String> lines = csv.lines().toList();
      List<String> header = fields(lines.get(0));
      int column = header.indexOf("Code");
      assertTrue(column >= 0, "no Code column in " + header);
      Set<String> codes = new HashSet<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          codes.add(fields(line).get(column));
        }
      }
      return codes;
    }

    private static List<String> fields(String line) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      return fields;
    }

    /** Applies a JSON merge patch (how OCDS extensions patch the release schema). */
    private static void merge(ObjectNode target, JsonNode patch) {
      patch
          .fields()
          .forEachRemaining(
              field -> {
                JsonNode existing = target.get(field.getKey());
                if (field.getValue().isObject() && existing != null && existing.isObject()) {
                  merge((ObjectNode) existing, field.getValue());
                } else {
                  target.set(field.getKey(), field.getValue());
                }
              });
    }
  }
}
