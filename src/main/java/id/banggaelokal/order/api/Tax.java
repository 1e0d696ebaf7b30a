package id.banggaelokal.order.api;

/** The taxes an invoice may carry. */
public enum Tax {
  /** Value-added tax, when the supplier is VAT-registered (PKP). */
  PPN,
  /** Income tax art. 22 on goods above the threshold. */
  PPH_22,
  /** Income tax art. 23 on services (event services and rentals). */
  PPH_23,
  /** The final income tax of PP 55/2022, instead of PPh 22/23, for certificate holders. */
  PPH_FINAL_PP55
}
