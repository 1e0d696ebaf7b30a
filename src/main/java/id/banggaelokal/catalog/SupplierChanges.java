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

  SupplierChanges(ListingRepository listings) {
    this.listings = listings;
  }

  void on(@Observes SupplierChanged supplier) {
    listings.updateSupplierColumns(supplier.supplierId(), SupplierColumnsFactory.of(supplier));
  }
}
