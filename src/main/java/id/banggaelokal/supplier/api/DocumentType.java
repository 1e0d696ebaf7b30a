package id.banggaelokal.supplier.api;

/** Kinds of supplier documents. NIB and NPWP are mandatory for verification. */
public enum DocumentType {
  /** Business registration (Nomor Induk Berusaha) certificate. */
  NIB,
  /** Tax registration card. */
  NPWP,
  /** Halal certificate. */
  HALAL,
  /** Home-industry food production permit (PIRT). */
  PIRT,
  /** Indonesian national standard (SNI) certificate. */
  SNI,
  /** Other business licence. */
  BUSINESS_LICENSE,
  OTHER;

  public boolean mandatory() {
    return this == NIB || this == NPWP;
  }
}
