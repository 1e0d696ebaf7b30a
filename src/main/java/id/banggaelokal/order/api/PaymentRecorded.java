package id.banggaelokal.order.api;

import id.banggaelokal.catalog.api.Storefront;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A treasurer paid (part of) an order: fired inside the payment's transaction, so that whatever
 * observes it commits or rolls back with the payment.
 *
 * @param settled whether this payment completed the net payable
 */
public record PaymentRecorded(
    long orderId,
    long supplierId,
    String workUnitCode,
    Storefront storefront,
    BigDecimal amount,
    LocalDate paidOn,
    LocalDate invoicedOn,
    boolean settled) {}
