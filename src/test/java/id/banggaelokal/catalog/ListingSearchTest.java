package id.banggaelokal.catalog;

import static id.banggaelokal.catalog.CatalogFixtures.LISTINGS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search with real Indonesian words, over one seller's listings (other tests add their own). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingSearchTest {

  @Inject Database database;

  private Seller seller;
  private long tent;
  private long chips;
  private long coffee;
  private long catering;

  @BeforeEach
  void listings() {
    if (seller != null) {
      return;
    }
    seller = Seller.verified("Sumber Rejeki Mandiri");
    tent =
        CatalogFixtures.published(
            seller, CatalogFixtures.rental("Sewa tenda dome 5x5", 5, "750000"));
    chips =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Keripik Apel Batu", "PROCESSED_APPLE", "15000"));
    coffee =
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Kópi arabika Bumiaji", "COFFEE", "60000"));
    catering =
        CatalogFixtures.published(
            seller, CatalogFixtures.eventService("Paket katering pernikahan", "35000"));
    CatalogFixtures.create(
            seller.token(), CatalogFixtures.product("Keripik apel draf", "PROCESSED_APPLE", "1"))
        .statusCode(201);
  }

  private JsonPath search(Map<String, Object> parameters) {
    return given()
        .queryParam("supplierId", seller.supplierId())
        .queryParams(parameters)
        .get(LISTINGS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private List<Long> ids(JsonPath result) {
    return result.getList("items.id", Long.class);
  }

  /** The ids found by a search over every seller's listings. */
  private List<Long> idsFound(Map<String, Object> parameters) {
    return ids(
        given().queryParams(parameters).get(LISTINGS).then().statusCode(200).extract().jsonPath());
  }

  @Test
  void theTextQueryNamesEachLexemeOnce() {
    // A stem equal to its word is asked once; the last word as a prefix covers its exact form.
    assertEquals("'sewa' & 'tenda':*", textQuery("sewa tenda"));
    assertEquals("'sewa' | 'penyewaan':*", textQuery("penyewaan"));
    assertEquals("( 'ripik' | 'keripik' ) & 'apel':*", textQuery("keripik apel"));
    // A stop word of the indonesian configuration still matches as written.
    assertEquals("'yang' & 'apel':*", textQuery("yang apel"));
  }

  @Test
  void thePoolsConnectionsRunWithoutJit() {
    // The bucketed search keeps a generic plan, which with JIT on would compile at every execution.
    assertEquals("off", database.string("select current_setting('jit')"));
  }

  private String textQuery(String words) {
    return database.string("select listing_search_query(?)::text", words);
  }

  @Test
  void theBucketedIndexNamesEachListingsWordsInItsBucket() {
    assertEquals(
        "'3/sewa' '3/tenda'",
        database.string(
            "select listing_search_bucketed(35, to_tsvector('simple', 'Sewa tenda sewa'))::text"));
    assertEquals(
        "( '3/ripik' | '3/keripik' ) & '3/apel':*",
        database.string(
            "select listing_search_bucket_query(3, listing_search_query('keripik apel'))::text"));
    // Quotes and backslashes inside a lexeme stay as they are.
    assertEquals(
        "'15/it''s' & !'15/x':*",
        database.string(
            "select listing_search_bucket_query(15, $$'it''s' & !x:*$$::tsquery)::text"));
    assertEquals(
        "'2/a\\\\b'",
        database.string("select listing_search_bucket_query(2, $$'a\\\\b'$$::tsquery)::text"));
  }

  @Test
  void theFineBucketedIndexNamesEachListingsWordsInItsFineBucket() {
    assertEquals(
        "'35/sewa' '35/tenda'",
        database.string(
            "select listing_search_fine_bucketed(35, to_tsvector('simple', 'Sewa tenda sewa'))::text"));
    assertEquals(
        "'4/sewa'",
        database.string(
            "select listing_search_fine_bucketed(260, to_tsvector('simple', 'sewa'))::text"));
  }

  @Test
  void theStepsReadEveryBucketOnceStartingWithTheFineBucketsOfTheFirst() {
    assertEquals(
        "t:6 t:22 t:38 t:54 t:70 t:86 t:102 t:118 t:134 t:150 t:166 t:182 t:198 t:214 t:230 t:246"
            + " f:7 f:8 f:9 f:10 f:11 f:12 f:13 f:14 f:15 f:0 f:1 f:2 f:3 f:4 f:5",
        database.string(
            "select string_agg(left(fine::text, 1) || ':' || bucket, ' ')"
                + " from listing_search_steps(?)",
            211_158));
    for (int first : List.of(0, 15, 211_158)) {
      // Every id lies in exactly one step's bucket.
      assertEquals(
          0,
          database.count(
              "select count(*) from generate_series(0, 4095) as id"
                  + " where (select count(*) from listing_search_steps(?) b"
                  + " where (b.fine and id % listing_search_fine_buckets() = b.bucket)"
                  + " or (not b.fine and id % listing_search_buckets() = b.bucket)) <> 1",
              first),
          "first bucket " + first);
    }
  }

  @Test
  void theStepsTogetherMatchWhatTheWholeIndexMatches() {
    // The service's conditions (ListingSearch): each step's ids, with its bucketed words.
    String visible = "l.status = 'PUBLISHED' and l.supplier_visible";
    String whole =
        "select l.id from listing l where "
            + visible
            + " and l.search_vector @@ listing_search_query(?)";
    String step =
        "(select l.id from listing l where %s and "
            + visible
            + " and l.id %% listing_search_%s() = b.bucket"
            + " and listing_search_%s(l.id, l.search_vector)"
            + " @@ listing_search_bucket_query(b.bucket, listing_search_query(?)) offset 0)";
    String steps =
        "select l.id from listing_search_steps(?) b cross join lateral ("
            + step.formatted("b.fine", "fine_buckets", "fine_bucketed")
            + " union all "
            + step.formatted("not b.fine", "buckets", "bucketed")
            + ") l";
    for (String words : List.of("sewa", "sewa tenda", "keripik apel", "ten", "katering")) {
      assertTrue(database.count("select count(*) from (" + whole + ") w", words) > 0, words);
      int first = words.hashCode() & 0xFFFFF;
      // Nothing in one that is not in the other, and no listing twice.
      assertEquals(
          0,
          database.count(
              "select count(*) from (("
                  + whole
                  + " except all "
                  + steps
                  + ") union all ("
                  + steps
                  + " except all "
                  + whole
                  + ")) d",
              words,
              first,
              words,
              words,
              first,
              words,
              words,
              words),
          words);
    }
  }

  @Test
  void stemmedWordsMatch() {
    assertEquals(List.of(tent), ids(search(Map.of("q", "penyewaan"))));
    assertEquals(List.of(chips), ids(search(Map.of("q", "apel"))));
    assertEquals(List.of(catering), ids(search(Map.of("q", "katering"))));
  }

  @Test
  void relevancePutsMatchesInTheTitleFirst() {
    Seller roaster = Seller.verified("Griya Oleh-oleh Batu");
    long inTitle =
        CatalogFixtures.published(
            roaster, CatalogFixtures.product("Kopi robusta Junggo", "COFFEE", "50000"));
    Map<String, Object> souvenir =
        CatalogFixtures.product("Paket oleh-oleh khas Batu", "SNACK", "90000");
    souvenir.put("description", "Keripik apel, jenang, dan kopi robusta dalam satu kotak.");
    long inDescription = CatalogFixtures.published(roaster, souvenir);

    // Equal ranks would put the newer listing first.
    assertEquals(
        List.of(inTitle, inDescription),
        idsFound(Map.of("supplierId", roaster.supplierId(), "q", "kopi robusta")));
  }

  @Test
  void prefixesMatchWhileTyping() {
    assertEquals(List.of(chips), ids(search(Map.of("q", "kerip"))));
    assertEquals(List.of(tent), ids(search(Map.of("q", "ten"))));
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertEquals(List.of(coffee), ids(search(Map.of("q", "KOPI"))));
    assertEquals(List.of(coffee), ids(search(Map.of("q", "kópi arábika"))));
    given()
        .get(LISTINGS + "/" + coffee)
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("title", equalTo("Kópi arabika Bumiaji"));
  }

  @Test
  void typosFallBackToSimilarTitles() {
    JsonPath result = search(Map.of("q", "kripik"));
    assertEquals(true, result.getBoolean("approximate"));
    assertEquals(List.of(chips), ids(result));
    JsonPath exact = search(Map.of("q", "keripik"));
    assertEquals(false, exact.getBoolean("approximate"));
  }

  @Test
  void draftsAndOtherSuppliersAreNotFound() {
    assertEquals(4L, search(Map.of()).getLong("totalItems"));
    assertEquals(List.of(), ids(search(Map.of("q", "draf"))));
  }

  @Test
  void filtersNarrowTheResults() {
    assertEquals(List.of(tent), ids(search(Map.of("storefront", "RENTAL"))));
    assertEquals(List.of(coffee), ids(search(Map.of("category", "COFFEE"))));
    assertEquals(
        List.of(catering, chips), ids(search(Map.of("maxPrice", "40000", "sort", "price_desc"))));
    assertEquals(
        List.of(coffee, tent), ids(search(Map.of("minPrice", "60000", "sort", "price_asc"))));
    assertEquals(4L, search(Map.of("district", "BUMIAJI")).getLong("totalItems"));
    assertEquals(0L, search(Map.of("district", "JUNREJO")).getLong("totalItems"));
    assertEquals(4L, search(Map.of("scale", "MICRO")).getLong("totalItems"));
    assertEquals(0L, search(Map.of("scale", "MEDIUM")).getLong("totalItems"));
  }

  @Test
  void sortsOrderTheResults() {
    assertEquals(List.of(chips, catering, coffee, tent), ids(search(Map.of("sort", "price_asc"))));
    assertEquals(List.of(tent, coffee, catering, chips), ids(search(Map.of("sort", "price_desc"))));
    assertEquals(List.of(catering, coffee, chips, tent), ids(search(Map.of("sort", "newest"))));
    assertEquals(List.of(catering, coffee, chips, tent), ids(search(Map.of())));
  }

  @Test
  void ratingSortPutsBestRatedSuppliersFirstAndUnratedLast() {
    String word = "gerabah" + System.nanoTime() % 100000;
    long unrated =
        CatalogFixtures.published(
            Seller.verified(), CatalogFixtures.product(word + " satu", "CRAFT", "1000"));
    long good =
        CatalogFixtures.published(
            Seller.verified(), CatalogFixtures.product(word + " dua", "CRAFT", "1000"));
    long best =
        CatalogFixtures.published(
            Seller.verified(), CatalogFixtures.product(word + " tiga", "CRAFT", "1000"));
    // Ratings come from completed orders (not built yet): set the catalogue's copy directly.
    assertNull(database.tryExecute("update listing set supplier_rating = 4.20 where id = " + good));
    assertNull(database.tryExecute("update listing set supplier_rating = 4.90 where id = " + best));
    assertEquals(List.of(best, good, unrated), idsFound(Map.of("q", word, "sort", "rating")));
  }

  @Test
  void searchesOfTheWholeCatalogueFindMatchesInEveryBucket() {
    // A made-up word of letters only, so that no other test's listing has it.
    String word = "anyaman" + Long.toString(System.nanoTime(), 26).replaceAll("[^a-z]", "");
    Seller weaver = Seller.verified();
    List<Long> created = new ArrayList<>();
    // Consecutive ids, so that they fall into every one of the 16 buckets.
    for (int i = 0; i < 20; i++) {
      created.add(
          CatalogFixtures.published(
              weaver, CatalogFixtures.product("Tas " + word + " pandan", "CRAFT", "25000")));
    }
    assertEquals(16, created.stream().map(id -> id % 16).distinct().count());
    List<Long> newestFirst = new ArrayList<>(created);
    Collections.reverse(newestFirst);

    JsonPath found =
        given()
            .queryParams(Map.of("q", word, "size", 100))
            .get(LISTINGS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Equal ranks: the newer listing first.
    assertEquals(newestFirst, ids(found));
    assertEquals(20L, found.getLong("totalItems"));
    assertEquals(20, found.getInt("facets.categories.find { it.code == 'CRAFT' }.count"));
    // A prefix while typing, and a storefront filter (ranked without the counts' page).
    assertEquals(
        newestFirst, idsFound(Map.of("q", word.substring(0, word.length() - 1), "size", 100)));
    assertEquals(
        newestFirst, idsFound(Map.of("q", word, "storefront", "FLAGSHIP_PRODUCT", "size", 100)));
    assertEquals(List.of(), idsFound(Map.of("q", word, "storefront", "RENTAL")));
  }

  @Test
  void theLongestWordsAreFoundByTheirBeginning() {
    // 2,046 bytes is the longest word PostgreSQL indexes; with its bucket it would be too long, so
    // the bucketed index keeps its first 500 characters, which a search's words (40 at most)
    // match exactly when they match the whole.
    String word = "kuas" + Long.toString(System.nanoTime(), 26).replaceAll("[^a-z]", "");
    Map<String, Object> brush = CatalogFixtures.product("Kuas lukis halus", "CRAFT", "12000");
    brush.put("description", "Bulu " + word + "b".repeat(2046 - word.length()) + " halus.");
    Seller painter = Seller.verified();
    long id = CatalogFixtures.published(painter, brush);
    assertEquals(List.of(id), idsFound(Map.of("q", word)));
    assertEquals(List.of(id), idsFound(Map.of("q", word, "supplierId", painter.supplierId())));
  }

  @Test
  void pagingSplitsTheResults() {
    JsonPath first = search(Map.of("sort", "price_asc", "size", 3));
    assertEquals(List.of(chips, catering, coffee), ids(first));
    assertEquals(4L, first.getLong("totalItems"));
    assertEquals(2L, first.getLong("totalPages"));
    assertEquals(List.of(tent), ids(search(Map.of("sort", "price_asc", "size", 3, "page", 1))));
    // Pages reach the first 10,000 results, whatever the sort.
    assertEquals(List.of(), ids(search(Map.of("sort", "price_asc", "size", 100, "page", 99))));
    for (String sort : List.of("price_asc", "newest", "relevance")) {
      given()
          .queryParams(Map.of("q", "apel", "sort", sort, "size", 100, "page", 100))
          .get(LISTINGS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("page"));
    }
  }

  @Test
  void facetCountsMatchTheItems() {
    JsonPath all = search(Map.of());
    assertEquals(1, all.getInt("facets.storefronts.find { it.storefront == 'RENTAL' }.count"));
    assertEquals(
        2, all.getInt("facets.storefronts.find { it.storefront == 'FLAGSHIP_PRODUCT' }.count"));
    assertEquals(1, all.getInt("facets.categories.find { it.code == 'COFFEE' }.count"));
    assertEquals(0, all.getInt("facets.categories.find { it.code == 'BATIK' }.count"));
    long sum =
        all.getList("facets.categories.count", Long.class).stream()
            .mapToLong(Long::longValue)
            .sum();
    assertEquals(all.getLong("totalItems"), sum);

    JsonPath coffeeOnly = search(Map.of("category", "COFFEE"));
    assertEquals(1L, coffeeOnly.getLong("totalItems"));
    assertEquals(1, coffeeOnly.getInt("facets.categories.find { it.code == 'COFFEE' }.count"));
    assertEquals(
        1, coffeeOnly.getInt("facets.categories.find { it.code == 'PROCESSED_APPLE' }.count"));

    JsonPath words = search(Map.of("q", "apel"));
    assertEquals(1, words.getInt("facets.categories.find { it.code == 'PROCESSED_APPLE' }.count"));
    assertEquals(0, words.getInt("facets.categories.find { it.code == 'COFFEE' }.count"));
  }

  @Test
  void unknownFilterValuesAre400() {
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("sort", "cheapest"),
            Map.<String, Object>of("storefront", "SHOES"),
            Map.<String, Object>of("category", "SHOES"),
            Map.<String, Object>of("district", "MALANG"),
            Map.<String, Object>of("scale", "HUGE"),
            Map.<String, Object>of("minPrice", "abc"),
            Map.<String, Object>of("maxPrice", "1e-999999999"),
            Map.<String, Object>of("minPrice", "1e999999999"),
            Map.<String, Object>of("minPrice", "10.001"),
            Map.<String, Object>of("availableFrom", "0000-01-01", "availableTo", "0000-01-02"),
            Map.<String, Object>of("minPrice", "-1"),
            Map.<String, Object>of("minPrice", "100", "maxPrice", "10"),
            Map.<String, Object>of("availableFrom", "2026-13-01", "availableTo", "2026-12-02"),
            Map.<String, Object>of("availableFrom", "2026-12-01"),
            Map.<String, Object>of("availableFrom", "2026-12-05", "availableTo", "2026-12-01"),
            Map.<String, Object>of("supplierId", "x"),
            Map.<String, Object>of("size", "0"),
            Map.<String, Object>of("q", "x".repeat(201)))) {
      given()
          .queryParams(bad)
          .get(LISTINGS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  void wordsThatAreNoWordsFindNothing() {
    assertEquals(0L, search(Map.of("q", "%%% ***")).getLong("totalItems"));
    search(Map.of("q", "'); drop table listing; --"));
    given().get(LISTINGS + "/" + tent).then().statusCode(200);
  }
}
