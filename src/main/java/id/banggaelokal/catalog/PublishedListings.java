package id.banggaelokal.catalog;

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

  private final ListingService listings;

  PublishedListings(ListingService listings) {
    this.listings = listings;
  }

  @CacheResult(cacheName = CACHE)
  ListingResponse get(@CacheKey long id) {
    return listings.published(id);
  }

  @CacheInvalidate(cacheName = CACHE)
  void evict(@CacheKey long id) {}

  @CacheInvalidateAll(cacheName = CACHE)
  void evictAll() {}
}
