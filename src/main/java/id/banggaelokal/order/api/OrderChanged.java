package id.banggaelokal.order.api;

import java.time.OffsetDateTime;

/**
 * A CDI event, fired in the transaction of every step of an order that its timeline records under
 * {@code action} ({@code order.placed}, {@code order.approved}, {@code order.confirmed}, {@code
 * order.delivery-accepted}, {@code order.payment-recorded}, {@code order.paid}, …), with the order
 * as it is after the step: its lines, deliveries, invoice and payments.
 */
public record OrderChanged(String action, OrderResponse order, OffsetDateTime occurredAt) {}
