package id.banggaelokal.supplier.api;

/** Size of a business as UMKM law classifies it. */
public enum BusinessScale {
  MICRO,
  SMALL,
  MEDIUM
}
