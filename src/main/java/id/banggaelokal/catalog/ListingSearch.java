package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.ListingSearchResponse;
import id.banggaelokal.catalog.api.ListingSearchResponse.CategoryCount;
import id.banggaelokal.catalog.api.ListingSearchResponse.Facets;
import id.banggaelokal.catalog.api.ListingSearchResponse.StorefrontCount;
import id.banggaelokal.catalog.api.ListingSort;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public catalogue search: one query for the page of items and one for the facet counts, both
 * over the published listings of verified suppliers only (partial GIN and B-tree indexes cover
 * exactly those rows).
 *
 * <p>Words match the {@code indonesian} text-search configuration (stemmed: {@code penyewaan} finds
 * {@code sewa}) or, as a prefix, the words as written (search as you type: {@code kerip} finds
 * {@code keripik}); accents and case never matter. When no listing matches, listings whose titles
 * are similar to the words (trigrams, {@code pg_trgm}) are answered instead, marked approximate.
 *
 * <p>Counts and relevance ranking cover the first {@code banggaelokal.search.count-limit} matches,
 * read bucket by bucket from the bucketed indexes (V14, V17), so that a common word reads a small
 * part of its posting lists rather than all of them; sorting by price, date or rating reads every
 * match.
 */
@ApplicationScoped
class ListingSearch {

  /**
   * How deep a search pages: the first this many results. Sorting by price, date or rating reads
   * every match, and skipping a million of them for one page is work nobody reads.
   */
  static final int MAX_DEPTH = 10_000;

  private static final String VISIBLE = "l.status = 'PUBLISHED' and l.supplier_visible";
  private static final String COLUMNS =
      "l.id, l.title, l.storefront, l.category_id, l.price, l.unit, l.supplier_id,"
          + " l.supplier_trading_name, l.supplier_district, l.supplier_scale,"
          + " l.supplier_rating, l.published_at";
  private static final String PHOTO =
      "(select min(p.id) from listing_photo p where p.listing_id = l.id) as photo_id";
  private static final double SIMILARITY_THRESHOLD = 0.3;

  private final EntityManager entityManager;
  private final CategoryRepository categories;
  private final int countLimit;

  ListingSearch(
      EntityManager entityManager,
      CategoryRepository categories,
      @ConfigProperty(name = "banggaelokal.search.count-limit", defaultValue = "1000")
          int countLimit) {
    this.entityManager = entityManager;
    this.categories = categories;
    this.countLimit = countLimit;
  }

  @Transactional
  ListingSearchResponse search(SearchCriteria criteria) {
    List<String> words = criteria.words();
    if (criteria.hasText() && words.isEmpty()) {
      return result(criteria, List.of(), counts(Map.of(), true), false);
    }
    Plans plans = new Plans();
    // The page comes with the counts when it is the best-ranked of the counted matches.
    boolean rankedFromCounted =
        criteria.effectiveSort() == ListingSort.RELEVANCE
            && criteria.storefront() == null
            && criteria.categoryId() == null
            && !criteria.onlyFacetFilters();
    Counts counts = count(criteria, Match.fullText(words), rankedFromCounted, plans);
    boolean approximate = false;
    Match match = Match.fullText(words);
    if (!words.isEmpty() && counts.total(criteria) == 0) {
      entityManager
          .createNativeQuery(
              "select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
          .setParameter("threshold", Double.toString(SIMILARITY_THRESHOLD))
          .getSingleResult();
      match = Match.similarTitle(words);
      counts = count(criteria, match, rankedFromCounted, plans);
      approximate = true;
    }
    List<ListingSearchResponse.Item> items;
    if (counts.total(criteria) == 0) {
      items = List.of();
    } else if (rankedFromCounted) {
      items = rankedPage(counts.page());
    } else {
      items = items(criteria, match, plans);
    }
    return result(criteria, items, counts, approximate);
  }

  /** The page of the best-ranked candidates, read by primary key. */
  private List<ListingSearchResponse.Item> rankedPage(List<Long> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    Query query =
        entityManager.createNativeQuery(
            "select " + COLUMNS + ", " + PHOTO + " from listing l where l.id in (:ids)");
    query.setParameter("ids", page);
    Map<Long, ListingSearchResponse.Item> byId = new HashMap<>();
    for (ListingSearchResponse.Item item : map(query.getResultList(), 12)) {
      byId.put(item.id(), item);
    }
    return page.stream().map(byId::get).toList();
  }

  private List<ListingSearchResponse.Item> items(
      SearchCriteria criteria, Match match, Plans plans) {
    Conditions where = new Conditions();
    addFilters(criteria, where, true);
    String rank = match.rankExpression();
    String order =
        switch (criteria.effectiveSort()) {
          case RELEVANCE -> rank + " desc, l.id desc";
          case PRICE_ASC -> "l.price asc, l.id asc";
          case PRICE_DESC -> "l.price desc, l.id desc";
          case NEWEST -> "l.published_at desc, l.id desc";
          case RATING -> "l.supplier_rating desc nulls last, l.id asc";
        };
    String columns = COLUMNS;
    String photo = PHOTO;
    String sql;
    boolean firstMatches = criteria.effectiveSort() == ListingSort.RELEVANCE;
    plans.forValues(!firstMatches || !match.readsBuckets(byBuckets(criteria)));
    if (firstMatches) {
      // Ranks the first matches found (as many as are counted), not every match of a common
      // word among a million listings.
      sql =
          "select l.*, "
              + photo
              + " from (select l.* from "
              + match.firstMatches(columns + ", " + rank + " as rank", where, byBuckets(criteria))
              + " limit :countLimit) l order by l.rank desc, l.id desc limit :limit offset :offset";
    } else {
      match.addTo(where);
      sql =
          "select "
              + columns
              + ", "
              + photo
              + " from listing l where "
              + where.sql()
              + " order by "
              + order
              + " limit :limit offset :offset";
    }
    Query query = where.bind(entityManager.createNativeQuery(sql));
    if (firstMatches) {
      query.setParameter("countLimit", countLimit);
    }
    query.setParameter("limit", criteria.paging().size());
    query.setParameter("offset", criteria.paging().offset());
    int photoColumn = firstMatches ? 13 : 12;
    return map(query.getResultList(), photoColumn);
  }

  private List<ListingSearchResponse.Item> map(List<?> rows, int photoColumn) {
    Map<Integer, Category> categoryById = categories.byId();
    List<ListingSearchResponse.Item> items = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      long id = ((Number) c[0]).longValue();
      Category category = categoryById.get(((Number) c[3]).intValue());
      items.add(
          new ListingSearchResponse.Item(
              id,
              (String) c[1],
              Storefront.valueOf((String) c[2]),
              category.code(),
              category.nameId(),
              (BigDecimal) c[4],
              Unit.valueOf((String) c[5]),
              ((Number) c[6]).longValue(),
              (String) c[7],
              (String) c[8],
              (String) c[9],
              (BigDecimal) c[10],
              c[photoColumn] == null
                  ? null
                  : "/api/v1/listings/" + id + "/photos/" + c[photoColumn],
              timestamp(c[11])));
    }
    return items;
  }

  /**
   * Visible listings per storefront and category for the query, all filters but those two, counted
   * over at most the first {@code countLimit} matches, so that the facets add up to the total shown
   * (one more match is read, and only counted, to tell that there are more); with {@code withPage},
   * also the ids of the requested page of those matches by rank. One statement (the matches are
   * referenced more than once, so PostgreSQL materialises them once, in one order): the matches are
   * counted and ranked where they are, and only the counts and the page's ids travel.
   */
  private Counts count(SearchCriteria criteria, Match match, boolean withPage, Plans plans) {
    if (criteria.onlyFacetFilters()) {
      return keptCounts();
    }
    plans.forValues(!match.readsBuckets(byBuckets(criteria)));
    Conditions where = new Conditions();
    addFilters(criteria, where, false);
    String sql =
        "with matched as (select l.id, l.category_id, l.rank from "
            + match.firstMatches(
                "l.id, l.category_id, " + match.rankExpression() + " as rank",
                where,
                byBuckets(criteria))
            + " limit :countLimit)"
            + " select 0 as part, category_id::bigint as key, count(*) as n, 0 as rank"
            + " from (select category_id from matched limit :ranked) m group by category_id"
            + " union all select 2, 0, count(*), 0 from matched";
    if (withPage) {
      sql +=
          " union all (select 1, id, 0, rank from (select * from matched limit :ranked) m"
              + " order by rank desc, id desc offset :offset limit :size)";
    }
    Query query = where.bind(entityManager.createNativeQuery(sql));
    query.setParameter("countLimit", countLimit + 1);
    query.setParameter("ranked", countLimit);
    if (withPage) {
      query.setParameter("offset", criteria.paging().offset());
      query.setParameter("size", criteria.paging().size());
    }
    Map<Integer, Long> byCategory = new HashMap<>();
    List<Candidate> page = new ArrayList<>();
    long matched = 0;
    for (Object row : query.getResultList()) {
      Object[] c = (Object[]) row;
      long key = ((Number) c[1]).longValue();
      switch (((Number) c[0]).intValue()) {
        case 0 -> byCategory.put((int) key, ((Number) c[2]).longValue());
        case 1 -> page.add(new Candidate(key, ((Number) c[3]).doubleValue()));
        default -> matched = ((Number) c[2]).longValue();
      }
    }
    page.sort(
        Comparator.comparingDouble(Candidate::rank)
            .reversed()
            .thenComparing(Comparator.comparingLong(Candidate::id).reversed()));
    Counts counts = counts(byCategory, matched <= countLimit);
    return new Counts(
        counts.byCategory(),
        counts.storefronts(),
        counts.exact(),
        page.stream().map(Candidate::id).toList());
  }

  /**
   * Whether the first matches are read bucket by bucket: not within one supplier, whose few
   * listings are read faster through its own index, each checked against the words.
   */
  private static boolean byBuckets(SearchCriteria criteria) {
    return criteria.supplierId() == null;
  }

  /**
   * How PostgreSQL plans a search's statements. Reading every match, or the first matches through
   * the whole index, is best planned for the statement's own values (a rare word: the GIN index; a
   * common one: reading in order until enough are found), so from the first such statement on the
   * transaction plans each statement for its values rather than with the prepared statement's
   * cached generic plan. The bucketed reading plans the same whatever the words (the bucket is
   * known only when it runs), so it keeps the generic plan: planning it afresh cost ~0.8 ms of
   * PostgreSQL's CPU per search, a quarter of a search at 1,000,000 listings.
   */
  private final class Plans {
    private boolean forValues;

    void forValues(boolean needed) {
      if (needed && !forValues) {
        entityManager
            .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
            .getSingleResult();
        forValues = true;
      }
    }
  }

  /** A listing of the page, before its details are read. */
  private record Candidate(long id, double rank) {}

  private Counts counts(Map<Integer, Long> byCategory, boolean exact) {
    Map<Integer, Storefront> storefronts = new HashMap<>();
    categories.all().forEach(c -> storefronts.put(c.id(), c.storefront()));
    return new Counts(byCategory, storefronts, exact, List.of());
  }

  private Counts keptCounts() {
    Map<Integer, Long> byCategory = new HashMap<>();
    for (Object row :
        entityManager
            .createNativeQuery("select category_id, visible from category_listing_count")
            .getResultList()) {
      Object[] c = (Object[]) row;
      byCategory.put(((Number) c[0]).intValue(), ((Number) c[1]).longValue());
    }
    return counts(byCategory, true);
  }

  private static void addFilters(SearchCriteria c, Conditions where, boolean facetFilters) {
    if (facetFilters && c.storefront() != null) {
      where.add("l.storefront = :storefront", "storefront", c.storefront().name());
    }
    if (facetFilters && c.categoryId() != null) {
      where.add("l.category_id = :categoryId", "categoryId", c.categoryId());
    }
    if (c.minPrice() != null) {
      where.add("l.price >= :minPrice", "minPrice", c.minPrice());
    }
    if (c.maxPrice() != null) {
      where.add("l.price <= :maxPrice", "maxPrice", c.maxPrice());
    }
    if (c.district() != null) {
      where.add("l.supplier_district = :district", "district", c.district());
    }
    if (c.supplierId() != null) {
      where.add("l.supplier_id = :supplierId", "supplierId", c.supplierId());
    }
    if (c.scale() != null) {
      where.add("l.supplier_scale = :scale", "scale", c.scale());
    }
    if (c.availableFrom() != null) {
      where.add("l.storefront = 'RENTAL'");
      where.add(
          "not exists (select 1 from rental_day d where d.listing_id = l.id"
              + " and d.day between :availableFrom and :availableTo and d.booked >= d.capacity)",
          "availableFrom",
          Date.valueOf(c.availableFrom()));
      where.parameter("availableTo", Date.valueOf(c.availableTo()));
    }
  }

  private ListingSearchResponse result(
      SearchCriteria criteria,
      List<ListingSearchResponse.Item> items,
      Counts counts,
      boolean approximate) {
    long total =
        counts.exact() ? counts.total(criteria) : Math.min(counts.total(criteria), countLimit);
    int size = criteria.paging().size();
    return new ListingSearchResponse(
        items,
        criteria.paging().page(),
        size,
        total,
        total == 0 ? 0 : (total + size - 1) / size,
        counts.exact(),
        approximate,
        facets(counts));
  }

  private Facets facets(Counts counts) {
    Map<Storefront, Long> perStorefront = new EnumMap<>(Storefront.class);
    for (Storefront storefront : Storefront.values()) {
      perStorefront.put(storefront, 0L);
    }
    List<CategoryCount> perCategory = new ArrayList<>();
    for (Category category : categories.all()) {
      long count = counts.byCategory().getOrDefault(category.id(), 0L);
      perStorefront.merge(category.storefront(), count, Long::sum);
      perCategory.add(
          new CategoryCount(category.code(), category.storefront(), category.nameId(), count));
    }
    List<StorefrontCount> storefronts = new ArrayList<>();
    perStorefront.forEach(
        (storefront, count) -> storefronts.add(new StorefrontCount(storefront, count)));
    return new Facets(storefronts, perCategory);
  }

  private static OffsetDateTime timestamp(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  /** Visible listings per category; the total is what the storefront and category filters keep. */
  private record Counts(
      Map<Integer, Long> byCategory,
      Map<Integer, Storefront> storefronts,
      boolean exact,
      List<Long> page) {

    long total(SearchCriteria criteria) {
      long total = 0;
      for (Map.Entry<Integer, Long> entry : byCategory.entrySet()) {
        boolean categoryMatches =
            criteria.categoryId() == null || criteria.categoryId().equals(entry.getKey());
        boolean storefrontMatches =
            criteria.storefront() == null
                || storefronts.get(entry.getKey()) == criteria.storefront();
        if (categoryMatches && storefrontMatches) {
          total += entry.getValue();
        }
      }
      return total;
    }
  }

  /**
   * How the words of a query select listings, and how they rank them. A full-text match keeps its
   * text-search query ({@code textQuery}), from which the bucketed form of the condition is built,
   * and the bucket to read first, which depends only on the words.
   */
  private record Match(
      String condition,
      String textQuery,
      int firstBucket,
      String rank,
      Map<String, Object> parameters) {

    static Match fullText(List<String> words) {
      if (words.isEmpty()) {
        return new Match(null, null, 0, "0", Map.of());
      }
      // listing_search_query (V13): each word stemmed or as written, the last also as a prefix.
      String query = "listing_search_query(:words)";
      // Computed once per statement (an InitPlan), also where the statement's plan is generic and
      // the words are not known when it is planned: the function would otherwise run per row.
      String once = "(select " + query + ")";
      String joined = String.join(" ", words);
      // Ranked by the weighted frequency of the words (title A, category and supplier B,
      // description C and D): ts_rank costs a fifth of ts_rank_cd, whose cover density (how close
      // the words stand) took 3.4 µs per ranked match, 7 of 40 ms per search at 1,000,000 listings.
      return new Match(
          "l.search_vector @@ " + query,
          query,
          Math.floorMod(joined.hashCode(), 1 << 20),
          "ts_rank(l.search_vector, " + once + ")",
          Map.of("words", joined));
    }

    static Match similarTitle(List<String> words) {
      return new Match(
          ":phrase <% l.title_search",
          null,
          0,
          "word_similarity(:phrase, l.title_search)",
          Map.of("phrase", String.join(" ", words)));
    }

    /** Adds the visible listings that match to {@code where}, for reading every match. */
    void addTo(Conditions where) {
      where.add(VISIBLE);
      if (condition != null) {
        where.add(condition);
        parameters.forEach(where::parameter);
      }
    }

    /**
     * The visible listings that match and meet {@code where}, with {@code columns}, as a FROM item
     * named {@code l}, for reading only the first of them (under a LIMIT).
     *
     * <p>With {@code byBuckets}, full-text matches are read bucket by bucket, and the LIMIT stops
     * the reading once enough are found ({@code listing_search_steps}, V17): first the 16 fine
     * buckets (256ths of the catalogue, V17's index) inside the words' own coarse bucket, then the
     * other 15 coarse buckets (16ths, V14's index). A common word stops after a few 256ths of its
     * posting lists, where a whole 16th cost ~3 ms at 1,000,000 listings however few matches it
     * needed; a word with fewer matches than the limit reads all 31 steps, a little more work than
     * one scan of the whole index. The first bucket depends on the words, so that which listings a
     * common word ranks varies from query to query rather than always favouring one part of the
     * catalogue, while a query's pages stay the same. Each step's subquery is planned on its own
     * ({@code offset 0}), so that the planner cannot join the steps to the matches of the whole
     * index instead; it plans with a default estimate of the words' frequency (the bucket is known
     * only when it runs), which with every filter but the supplier's still chose the bucketed
     * indexes at 10,000 and 1,000,000 listings. Where a listing is checked row by row, PostgreSQL
     * tests the cheap bucket number before the bucketed words.
     */
    String firstMatches(String columns, Conditions where, boolean byBuckets) {
      if (!readsBuckets(byBuckets)) {
        addTo(where);
        return "(select " + columns + " from listing l where " + where.sql() + ") l";
      }
      where.add(VISIBLE);
      parameters.forEach(where::parameter);
      where.parameter("firstBucket", firstBucket);
      return "listing_search_steps(:firstBucket) b cross join lateral ("
          + bucket(columns, where, "b.fine", "listing_search_fine_buckets()", "fine_bucketed")
          + " union all "
          + bucket(columns, where, "not b.fine", "listing_search_buckets()", "bucketed")
          + ") l";
    }

    /**
     * The matches of step {@code b} when it reads a bucket of {@code buckets}, through the index on
     * {@code listing_search_<index>}. The step's kind is a condition on the step alone, so
     * PostgreSQL runs only the branch of the step's own index.
     */
    private String bucket(
        String columns, Conditions where, String kind, String buckets, String index) {
      return "(select "
          + columns
          + " from listing l where "
          + kind
          + " and "
          + where.sql()
          + " and l.id % "
          + buckets
          + " = b.bucket and listing_search_"
          + index
          + "(l.id, l.search_vector) @@ listing_search_bucket_query(b.bucket, (select "
          + textQuery
          + ")) offset 0)";
    }

    /** Whether {@link #firstMatches} reads bucket by bucket. */
    boolean readsBuckets(boolean byBuckets) {
      return textQuery != null && byBuckets;
    }

    String rankExpression() {
      return rank;
    }
  }

  /** A where clause being built, with its named parameters. */
  private static final class Conditions {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    void add(String condition) {
      conditions.add(condition);
    }

    void add(String condition, String name, Object value) {
      conditions.add(condition);
      parameters.put(name, value);
    }

    void parameter(String name, Object value) {
      parameters.put(name, value);
    }

    String sql() {
      return String.join(" and ", conditions);
    }

    Query bind(Query query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }
}
