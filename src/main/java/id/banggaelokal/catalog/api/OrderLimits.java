package id.banggaelokal.catalog.api;

/**
 * What an order of a listing must respect, from the listing's own attributes: a product's minimum
 * order, the persons an event service per person can serve, and the days of notice it needs.
 *
 * @param minimumQuantity the smallest quantity of one order line (at least 1)
 * @param maximumQuantity the largest, or null for no limit
 * @param leadTimeDays days from the order to the delivery date, at least
 */
public record OrderLimits(int minimumQuantity, Integer maximumQuantity, int leadTimeDays) {

  /** No limit beyond a quantity of one. */
  public static final OrderLimits NONE = new OrderLimits(1, null, 0);

  /** Whether one line may order {@code quantity}. */
  public boolean allows(int quantity) {
    return quantity >= minimumQuantity && (maximumQuantity == null || quantity <= maximumQuantity);
  }
}
