package id.banggaelokal.purchaserequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A supplier that quoted on a request; it keeps seeing the request after it closes. */
@Entity
@Table(name = "purchase_request_bidder")
@IdClass(PurchaseRequestBidder.Key.class)
class PurchaseRequestBidder {

  @Id
  @Column(name = "purchase_request_id")
  private long purchaseRequestId;

  @Id
  @Column(name = "supplier_id")
  private long supplierId;

  protected PurchaseRequestBidder() {}

  /** The composite key: request and supplier. */
  static class Key implements Serializable {
    private long purchaseRequestId;
    private long supplierId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.purchaseRequestId == purchaseRequestId
          && key.supplierId == supplierId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(purchaseRequestId, supplierId);
    }
  }
}
