package id.banggaelokal.catalog.api;

/** The three storefronts of the catalogue. */
public enum Storefront {
  /** Event-organiser services (jasa penyelenggara). */
  EVENT_SERVICE,
  /** Rentals (jasa penyewaan). */
  RENTAL,
  /** Flagship local products (produk unggulan). */
  FLAGSHIP_PRODUCT
}
