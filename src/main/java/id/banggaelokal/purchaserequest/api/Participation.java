package id.banggaelokal.purchaserequest.api;

/** Who may quote on a purchase request. */
public enum Participation {
  /** Only the suppliers the buyer invited (1 to 20 verified suppliers). */
  INVITED,
  /** Every verified supplier with published listings in the request's storefront. */
  OPEN
}
