package id.banggaelokal.order.api;

/** How an order came to be. */
public enum OrderSource {
  /** The buyer accepted a quotation on a purchase request. */
  AWARD,
  /** The buyer ordered published listings directly (e-purchasing). */
  DIRECT
}
