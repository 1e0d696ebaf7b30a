package id.banggaelokal.supplier.api;

import java.math.BigDecimal;

/**
 * Fired (synchronously, in the transaction of the change) whenever a supplier profile is registered
 * or changes status, public data or rating, so that features keeping a copy of what the public may
 * see of a supplier (the catalogue) stay in step.
 */
public record SupplierChanged(
    long supplierId,
    boolean verified,
    String tradingName,
    District district,
    BusinessScale scale,
    BigDecimal ratingAverage) {}
