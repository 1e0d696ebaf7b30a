package id.banggaelokal.integrity.api;

/** The patterns the integrity scan looks for; each alert names the one it matched. */
public enum IntegrityRule {
  /** One supplier got more than a share of a work unit's spend over a period. */
  BUYER_SUPPLIER_CONCENTRATION,
  /** A listing was ordered within hours of its first publication. */
  FRESH_LISTING_ORDERED,
  /** A listing's price was raised within days before an order of it. */
  PRICE_RAISED_BEFORE_ORDER,
  /** One bank account is the payee of several suppliers. */
  SHARED_BANK_ACCOUNT,
  /** One owner NIK is behind several suppliers (refused at registration; checked still). */
  SHARED_OWNER_NIK,
  /**
   * Orders of one work unit to one supplier, each below the approval threshold, above it together.
   */
  SPLIT_ORDERS
}
