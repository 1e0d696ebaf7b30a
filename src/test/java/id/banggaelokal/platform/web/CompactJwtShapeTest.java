package id.banggaelokal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape a bearer token must have before anything verifies it: three base64url parts. */
class CompactJwtShapeTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl | true",
        "a.b.c | true",
        "A-_9.z.0 | true",
        "AZaz09-_.ZZ.zz | true",
        "@.b.c | false",
        "[.b.c | false",
        "`.b.c | false",
        "{.b.c | false",
        "/.b.c | false",
        ":.b.c | false",
        "a.b | false",
        "a.b.c.d | false",
        "a..c | false",
        ".b.c | false",
        "a.b. | false",
        "'' | false",
        "a.b.c= | false",
        "a.b+c.d | false",
        "'a.b.c ' | false",
        "'a b.c.d' | false",
        "é.b.c | false",
        "'a.b.c\u0000' | false",
      })
  void acceptsThreeNonEmptyBase64UrlPartsOnly(String token, boolean compact) {
    assertEquals(compact, HttpEntryFilter.isCompactJwt("Bearer " + token, 7));
  }
}
