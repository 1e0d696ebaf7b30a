package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Stock of flagship products, taken and given back by orders. Taking is one conditional update
 * ({@code stock >= quantity}), so concurrent orders never drive stock below zero (the column's
 * check constraint guarantees it as well). Both count as a change of the listing: its version
 * moves, so a supplier's edit based on what it read before (its {@code If-Match}, or the version
 * Hibernate loaded) is refused instead of writing the old stock back.
 */
@ApplicationScoped
public class ProductStock {

  private final EntityManager entityManager;
  private final PublishedListings cache;

  ProductStock(EntityManager entityManager, PublishedListings cache) {
    this.entityManager = entityManager;
    this.cache = cache;
  }

  /** Takes {@code quantity} from a product's stock; 409 when there is not enough. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reserve(long listingId, int quantity) {
    requirePositive(quantity);
    int updated =
        entityManager
            .createNativeQuery(
                "update listing set stock = stock - :quantity, version = version + 1"
                    + " where id = :id and storefront = :storefront and stock >= :quantity")
            .setParameter("quantity", quantity)
            .setParameter("id", listingId)
            .setParameter("storefront", Storefront.FLAGSHIP_PRODUCT.name())
            .executeUpdate();
    if (updated != 1) {
      throw ApiException.conflict("product.stock.insufficient", Long.toString(listingId));
    }
    cache.evict(listingId);
  }

  /** Gives {@code quantity} back to a product's stock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(long listingId, int quantity) {
    requirePositive(quantity);
    entityManager
        .createNativeQuery(
            "update listing set stock = stock + :quantity, version = version + 1"
                + " where id = :id and storefront = :storefront")
        .setParameter("quantity", quantity)
        .setParameter("id", listingId)
        .setParameter("storefront", Storefront.FLAGSHIP_PRODUCT.name())
        .executeUpdate();
    cache.evict(listingId);
  }

  private static void requirePositive(int quantity) {
    if (quantity < 1) {
      throw ApiException.invalid("quantity", "jakarta.validation.constraints.Positive.message");
    }
  }
}
