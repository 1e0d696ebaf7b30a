package id.banggaelokal.supplier.api;

/** The districts (kecamatan) of Kota Batu. */
public enum District {
  BATU,
  BUMIAJI,
  JUNREJO
}
