package id.banggaelokal.setting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.setting.api.SettingKey;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsTest {

  private static final String PATH = "/api/v1/admin/settings";

  @Inject SettingsService settings;

  private static Map<String, Object> change(String key, String value, String from) {
    return Map.of("key", key, "value", new BigDecimal(value), "effectiveFrom", from);
  }

  @Test
  void adminsSetValuesFromADayOnAndEarlierDaysKeepTheirs() {
    String admin = Tokens.of("admin");
    given()
        .auth()
        .oauth2(admin)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("settings.key", hasItem("APPROVAL_THRESHOLD"))
        .body("settings.find { it.key == 'PPN_RATE' }.value", equalTo(0.12f))
        // Whole values (rupiah, days) without the stored scale's decimals.
        .body("settings.find { it.key == 'PAYMENT_TERM_DAYS' }.value", instanceOf(Integer.class))
        .body(
            "settings.find { it.key == 'APPROVAL_THRESHOLD' }.history.value",
            everyItem(anyOf(instanceOf(Integer.class), instanceOf(Long.class))));

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("changes", List.of(change("PPH23_RATE", "0.025", "2099-01-01"))))
        .put(PATH)
        .then()
        .statusCode(200)
        .body("settings.find { it.key == 'PPH23_RATE' }.value", equalTo(0.02f))
        .body(
            "settings.find { it.key == 'PPH23_RATE' }.history[0].effectiveFrom",
            equalTo("2099-01-01"));
    assertEquals(
        0,
        new BigDecimal("0.025")
            .compareTo(settings.on(LocalDate.of(2099, 1, 1)).get(SettingKey.PPH23_RATE)));
    assertEquals(
        0,
        new BigDecimal("0.02")
            .compareTo(settings.on(LocalDate.of(2098, 12, 31)).get(SettingKey.PPH23_RATE)));

    // The same day again replaces that day's value; an If-Match read before it is stale after.
    String read = given().auth().oauth2(admin).get(PATH).then().extract().header("ETag");
    String replaced =
        given()
            .auth()
            .oauth2(admin)
            .header("If-Match", read)
            .contentType(ContentType.JSON)
            .body(Map.of("changes", List.of(change("PPH23_RATE", "0.03", "2099-01-01"))))
            .put(PATH)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(read, replaced);
    given()
        .auth()
        .oauth2(admin)
        .header("If-Match", read)
        .contentType(ContentType.JSON)
        .body(Map.of("changes", List.of(change("PPH23_RATE", "0.04", "2099-01-01"))))
        .put(PATH)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given().auth().oauth2(admin).get(PATH).then().header("ETag", equalTo(replaced));
    // If-Match compares strongly: a weak tag of the current version does not match.
    given()
        .auth()
        .oauth2(admin)
        .header("If-Match", "W/" + replaced)
        .contentType(ContentType.JSON)
        .body(Map.of("changes", List.of(change("PPH23_RATE", "0.04", "2099-01-01"))))
        .put(PATH)
        .then()
        .statusCode(412);
    assertEquals(
        0,
        new BigDecimal("0.03")
            .compareTo(settings.on(LocalDate.of(2099, 6, 1)).get(SettingKey.PPH23_RATE)));
  }

  @Test
  void badChangesAreRefusedFieldByFieldAndChangeNothing() {
    String admin = Tokens.of("admin");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "changes",
                List.of(
                    change("PPN_RATE", "1.5", "2099-02-01"),
                    change("PAYMENT_TERM_DAYS", "14.5", "2099-02-01"),
                    change("APPROVAL_THRESHOLD", "1", "2000-01-02"))))
        .put(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("changes[0].value"))
        .body("errors.field", hasItem("changes[1].value"))
        .body("errors.field", hasItem("changes[2].effectiveFrom"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "changes",
                List.of(Map.of("key", "NOT_A_SETTING", "value", 1, "effectiveFrom", "2099-01-01"))))
        .put(PATH)
        .then()
        .statusCode(400);
    assertEquals(
        0,
        new BigDecimal("0.12")
            .compareTo(settings.on(LocalDate.of(2099, 3, 1)).get(SettingKey.PPN_RATE)));
  }

  @Test
  void onlyAdminsChangeAndAuditorsRead() {
    Map<String, Object> body = Map.of("changes", List.of(change("PPN_RATE", "0.12", "2099-01-01")));
    given().auth().oauth2(Tokens.of("auditor")).get(PATH).then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .contentType(ContentType.JSON)
        .body(body)
        .put(PATH)
        .then()
        .statusCode(403);
    given().auth().oauth2(Tokens.staff("DISKOMINFO", "buyer")).get(PATH).then().statusCode(403);
    given().get(PATH).then().statusCode(401);
  }
}
