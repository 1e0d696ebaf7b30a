package id.banggaelokal.supplier.api;

/** Legal form of a business. */
public enum BusinessForm {
  /** Sole proprietor (perorangan). */
  INDIVIDUAL,
  /** Commanditaire Vennootschap (persekutuan komanditer). */
  CV,
  /** Perseroan Terbatas. */
  PT,
  /** Koperasi. */
  COOPERATIVE
}
