package id.banggaelokal.order.api;

/** What the treasurer does with a tax. */
public enum TaxTreatment {
  /** Collected from the invoice total and paid to the state (PPN, as the government collector). */
  COLLECTED,
  /** Withheld from the payment to the supplier and paid to the state (income taxes). */
  WITHHELD
}
