package id.banggaelokal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.catalog.api.ListingResponse;
import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Published listings as the public reads them, kept briefly in memory: the detail page is the most
 * read thing of the catalogue. Every change this replica makes evicts the listing at once (and a
 * supplier change evicts everything); other replicas see a change within the cache's expiry ({@code
 * quarkus.cache.caffeine."listing-detail".expire-after-write}, 2 seconds).
 */
@ApplicationScoped
class PublishedListings {

  static final String CACHE = "listing-detail";

  /** A published listing as its response body (already JSON) and its version. */
  record Cached(String json, long version) {}

  private final ListingService listings;
  private final ObjectMapper mapper;

  PublishedListings(ListingService listings, ObjectMapper mapper) {
    this.listings = listings;
    this.mapper = mapper;
  }

  /** The listing written as JSON once per cache entry, not once per request. */
  @CacheResult(cacheName = CACHE)
  Cached get(@CacheKey long id) {
    ListingResponse listing = listings.published(id);
    try {
      return new Cached(mapper.writeValueAsString(listing), listing.version());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write listing " + id, e);
    }
  }

  @CacheInvalidate(cacheName = CACHE)
  void evict(@CacheKey long id) {}

  @CacheInvalidateAll(cacheName = CACHE)
  void evictAll() {}
}
