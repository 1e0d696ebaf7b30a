package id.banggaelokal.purchaserequest.api;

/**
 * A CDI event, fired in the transaction that published a purchase request (opened it to
 * quotations), with the request as its work unit's staff see it.
 */
public record PurchaseRequestPublished(PurchaseRequestResponse request) {}
