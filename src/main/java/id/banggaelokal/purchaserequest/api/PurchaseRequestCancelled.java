package id.banggaelokal.purchaserequest.api;

/** A CDI event, fired in the transaction that cancelled a purchase request. */
public record PurchaseRequestCancelled(long purchaseRequestId) {}
