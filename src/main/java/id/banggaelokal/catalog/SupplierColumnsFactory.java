package id.banggaelokal.catalog;

import id.banggaelokal.supplier.api.SupplierChanged;
import id.banggaelokal.supplier.api.SupplierSnapshot;

/** What search keeps of a supplier, from what the supplier feature tells. */
final class SupplierColumnsFactory {

  private SupplierColumnsFactory() {}

  static Listing.SupplierColumns of(SupplierSnapshot supplier) {
    return of(supplier.changed());
  }

  static Listing.SupplierColumns of(SupplierChanged supplier) {
    return new Listing.SupplierColumns(
        supplier.verified(),
        supplier.tradingName(),
        supplier.district().name(),
        supplier.scale().name(),
        supplier.ratingAverage());
  }
}
