package id.banggaelokal.catalog;

import static id.banggaelokal.catalog.CatalogFixtures.LISTINGS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures.Seller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Beyond the count limit, totals and facets say they are not exact and count the same first
 * matches; pages still fill.
 */
@QuarkusTest
@TestProfile(SearchCountLimitTest.SmallLimit.class)
class SearchCountLimitTest {

  public static class SmallLimit implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("banggaelokal.search.count-limit", "3");
    }
  }

  @Test
  void countsStopAtTheLimit() {
    Seller seller = Seller.verified("Toko Serba Jaya");
    for (int i = 0; i < 5; i++) {
      CatalogFixtures.published(
          seller, CatalogFixtures.product("Jenang apel " + i, "PROCESSED_APPLE", "9000"));
    }
    given()
        .queryParam("supplierId", seller.supplierId())
        .queryParam("q", "jenang")
        .get(LISTINGS)
        .then()
        .statusCode(200)
        .body("totalItemsExact", equalTo(false))
        .body("totalItems", equalTo(3))
        .body("items", hasSize(3))
        // The facets count the same first matches as the total: not the extra one read to tell
        // that there are more.
        .body("facets.categories.find { it.code == 'PROCESSED_APPLE' }.count", equalTo(3))
        .body("facets.storefronts.count.sum()", equalTo(3));
    given()
        .queryParam("supplierId", seller.supplierId())
        .queryParam("q", "jenang")
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(LISTINGS)
        .then()
        .body("items", hasSize(1));
    given()
        .queryParam("supplierId", seller.supplierId())
        .queryParam("q", "jenang 4")
        .get(LISTINGS)
        .then()
        .body("totalItemsExact", equalTo(true))
        .body("totalItems", equalTo(1));
    long visible =
        given()
            .get("/api/v1/storefronts")
            .then()
            .extract()
            .jsonPath()
            .getList("publishedListings", Long.class)
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    given()
        .queryParam("size", 2)
        .get(LISTINGS)
        .then()
        .body("totalItemsExact", equalTo(true))
        .body("totalItems", equalTo((int) visible));
    given()
        .queryParam("q", "jenang")
        .queryParam("storefront", "FLAGSHIP_PRODUCT")
        .queryParam("size", 100)
        .queryParam("page", 1)
        .get(LISTINGS)
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void countsStopAtTheLimitAcrossTheWholeCatalogue() {
    // Read bucket by bucket (ListingSearch): the first three matches are those of the first
    // buckets read, which start at the words' own bucket. Six consecutive ids: one per bucket.
    String word = "wingko" + Long.toString(System.nanoTime(), 26).replaceAll("[^a-z]", "");
    List<Long> created = new ArrayList<>();
    for (Seller seller : List.of(Seller.verified(), Seller.verified())) {
      for (int i = 0; i < 3; i++) {
        created.add(
            CatalogFixtures.published(
                seller, CatalogFixtures.product("Kue " + word, "PROCESSED_APPLE", "9000")));
      }
    }
    int firstBucket = Math.floorMod(word.hashCode(), 1 << 20) % 16;
    Set<Long> firstFound =
        created.stream()
            .sorted(Comparator.comparingLong(id -> Math.floorMod(id - firstBucket, 16)))
            .limit(3)
            .collect(Collectors.toSet());
    List<Long> found =
        given()
            .queryParam("q", word)
            .get(LISTINGS)
            .then()
            .statusCode(200)
            .body("totalItemsExact", equalTo(false))
            .body("totalItems", equalTo(3))
            .body("facets.categories.count.sum()", equalTo(3))
            .body(
                "facets.storefronts.find { it.storefront == 'FLAGSHIP_PRODUCT' }.count", equalTo(3))
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertEquals(firstFound, Set.copyOf(found));
    given()
        .queryParam("q", word)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(LISTINGS)
        .then()
        .body("items", hasSize(1));
  }
}
