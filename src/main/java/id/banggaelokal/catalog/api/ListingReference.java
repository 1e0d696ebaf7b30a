package id.banggaelokal.catalog.api;

import java.math.BigDecimal;

/** A published listing as other features refer to it. */
public record ListingReference(
    long id,
    long supplierId,
    Storefront storefront,
    String title,
    Unit unit,
    BigDecimal price,
    OrderLimits limits) {}
