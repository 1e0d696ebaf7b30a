package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class ListingRepository implements PanacheRepository<Listing> {

  /** What other features need of a published listing, read as values. */
  record PublishedListing(
      long id,
      long supplierId,
      Storefront storefront,
      String title,
      Unit unit,
      BigDecimal price,
      String attributes) {}

  Page<Listing> bySupplier(long supplierId, ListingStatus status, PageParams paging) {
    Sort newestFirst = Sort.by("id", Sort.Direction.Descending);
    PanacheQuery<Listing> query =
        status == null
            ? find("supplierId", newestFirst, supplierId)
            : find("supplierId = ?1 and status = ?2", newestFirst, supplierId, status);
    return Page.of(query, paging);
  }

  List<Storefront> publishedStorefronts(long supplierId) {
    return getEntityManager()
        .createQuery(
            "select distinct l.storefront from Listing l"
                + " where l.supplierId = :supplier and l.status = :status",
            Storefront.class)
        .setParameter("supplier", supplierId)
        .setParameter("status", ListingStatus.PUBLISHED)
        .getResultList();
  }

  /**
   * The listings among {@code ids} that the public may see, as other features refer to them: read
   * as values, without loading (and later checking for changes) the listings themselves.
   */
  List<PublishedListing> publishedReferences(Collection<Long> ids) {
    return find(
            "id in ?1 and status = ?2 and supplierVisible = true",
            Set.copyOf(ids),
            ListingStatus.PUBLISHED)
        .project(PublishedListing.class)
        .list();
  }

  /**
   * One listing that the public may see, as {@link #publishedReferences} reads it. A query of its
   * own because Hibernate does not cache the plan of a query with a list parameter, and translated
   * that one again for every line of every order.
   */
  Optional<PublishedListing> publishedReference(long id) {
    return find("id = ?1 and status = ?2 and supplierVisible = true", id, ListingStatus.PUBLISHED)
        .project(PublishedListing.class)
        .singleResultOptional();
  }

  /** Copies what search needs of a supplier into all of its listings. */
  int updateSupplierColumns(long supplierId, Listing.SupplierColumns columns) {
    return getEntityManager()
        .createNativeQuery(
            """
            update listing
               set supplier_visible = cast(:visible as boolean),
                   supplier_trading_name = cast(:tradingName as text),
                   supplier_district = cast(:district as text),
                   supplier_scale = cast(:scale as text),
                   supplier_rating = cast(:rating as numeric)
             where supplier_id = :supplierId
               and (supplier_visible, supplier_trading_name, supplier_district, supplier_scale,
                    supplier_rating)
                   is distinct from (cast(:visible as boolean), cast(:tradingName as text),
                                     cast(:district as text), cast(:scale as text),
                                     cast(:rating as numeric))
            """)
        .setParameter("visible", columns.visible())
        .setParameter("tradingName", columns.tradingName())
        .setParameter("district", columns.district())
        .setParameter("scale", columns.scale())
        .setParameter("rating", columns.rating())
        .setParameter("supplierId", supplierId)
        .executeUpdate();
  }
}
