package id.banggaelokal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} is what frontends generate clients from, so it must
 * say exactly what the service serves. When this fails, regenerate it with {@code ./mvnw package
 * -DskipTests} (the packaged build writes it) and commit the result.
 */
@QuarkusTest
class OpenApiDocumentTest {

  private static final Path STORED = Path.of("openapi", "openapi.yaml");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void storedDocumentIsWhatTheServiceServes() throws IOException {
    assertTrue(Files.exists(STORED), STORED + " is missing: run ./mvnw package -DskipTests");
    assertEquals(
        canonical(Files.readString(STORED)),
        canonical(served()),
        STORED + " is stale: run ./mvnw package -DskipTests and commit it");
  }

  @Test
  void documentDeclaresSecuritySchemeAndProblemSchema() {
    String served = served();
    assertTrue(served.contains("bearerFormat: JWT"), "bearer security scheme");
    assertTrue(served.contains("Problem:"), "problem schema");
    assertTrue(served.contains("application/problem+json"), "problem responses");
    assertTrue(served.contains("operationId: createWorkUnit"), "operation ids");
  }

  /** Responses write absent values as null; the document must allow exactly those to be null. */
  @Test
  void optionalPropertiesMayBeNullAndRequiredOnesMayNot() throws IOException {
    com.fasterxml.jackson.databind.JsonNode schemas =
        YAML.readTree(served()).path("components").path("schemas");
    com.fasterxml.jackson.databind.JsonNode timeline = schemas.path("TimelineEntry");
    assertTrue(timeline.path("required").toString().contains("\"action\""), "action is required");
    assertEquals("[\"string\",\"null\"]", timeline.at("/properties/note/type").toString());
    assertEquals("\"string\"", timeline.at("/properties/action/type").toString());
    // A reference that may be null: anyOf the reference or null.
    com.fasterxml.jackson.databind.JsonNode expiry =
        schemas.at("/SupplierDocument/properties/expiryDate/anyOf");
    assertEquals("#/components/schemas/LocalDate", expiry.at("/0/$ref").asText());
    assertEquals("null", expiry.at("/1/type").asText());
  }

  private static String served() {
    return given()
        .queryParam("format", "yaml")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** The document with its maps in key order, so that only content differences count. */
  private static String canonical(String yaml) throws IOException {
    return YAML.writeValueAsString(YAML.readValue(yaml, Object.class));
  }
}
