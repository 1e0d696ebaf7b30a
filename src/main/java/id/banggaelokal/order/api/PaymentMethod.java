package id.banggaelokal.order.api;

/** How the treasurer paid. */
public enum PaymentMethod {
  /** Transfer by SP2D through the regional treasury (Kas Daerah). */
  SP2D_TRANSFER,
  /** Bank transfer from the treasurer's account. */
  BANK_TRANSFER,
  /** Government credit card (Kartu Kredit Pemerintah). */
  GOVERNMENT_CARD,
  /** Cash from the petty-cash fund (uang persediaan). */
  CASH
}
