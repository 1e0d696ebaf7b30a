package id.banggaelokal.supplier.api;

import id.banggaelokal.supplier.SupplierStatus;
import java.math.BigDecimal;

/** What other features need to know of a supplier. */
public record SupplierSnapshot(
    long id,
    SupplierStatus status,
    String tradingName,
    District district,
    BusinessScale scale,
    BigDecimal ratingAverage,
    boolean pkp,
    boolean pp55Certificate,
    String email) {

  public boolean verified() {
    return status == SupplierStatus.VERIFIED;
  }

  public SupplierChanged changed() {
    return new SupplierChanged(id, verified(), tradingName, district, scale, ratingAverage);
  }
}
