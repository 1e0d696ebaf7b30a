package id.banggaelokal.catalog;

import id.banggaelokal.supplier.api.SupplierChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the supplier columns of listings in step with the supplier: a suspended (or no longer
 * verified) supplier's listings leave public search at once, in the same transaction, and come back
 * on reinstatement.
 */
@ApplicationScoped
class SupplierChanges {

  private final ListingRepository listings;
  private final PublishedListings cache;

  SupplierChanges(ListingRepository listings, PublishedListings cache) {
    this.listings = listings;
    this.cache = cache;
  }

  void on(@Observes SupplierChanged supplier) {
    if (listings.updateSupplierColumns(supplier.supplierId(), SupplierColumnsFactory.of(supplier))
        > 0) {
      cache.evictAll();
    }
  }
}
