package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class ListingRepository implements PanacheRepository<Listing> {

  private final TransactionSql sql;

  ListingRepository(TransactionSql sql) {
    this.sql = sql;
  }

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
   * as values, without loading (and later checking for changes) the listings themselves. Plain SQL
   * with one parameter per id: every order placement reads its lines' listings here, and Hibernate
   * neither caches the plan of a query with a list parameter nor reads values more cheaply than
   * this (see TransactionSql). Not {@code id = any(?)} with one array: PostgreSQL costs that
   * statement's generic plan for ten elements, so it planned every execution afresh (0.18 ms of its
   * CPU with the listing table's eleven indexes, a fifth of an order placement's); with one
   * parameter per id the generic plan costs what a custom one does and is kept, one prepared
   * statement per number of lines. A listing changed earlier in the same transaction and not
   * flushed yet is read as stored.
   */
  List<PublishedListing> publishedReferences(Collection<Long> ids) {
    Object[] distinct = Set.copyOf(ids).toArray();
    return sql.query(
        """
        select id, supplier_id, storefront, title, unit, price, attributes::text
          from listing
         where id in (%s) and status = 'PUBLISHED' and supplier_visible
        """
            .formatted(String.join(", ", Collections.nCopies(distinct.length, "?"))),
        row ->
            new PublishedListing(
                row.getLong(1),
                row.getLong(2),
                Storefront.valueOf(row.getString(3)),
                row.getString(4),
                Unit.valueOf(row.getString(5)),
                row.getBigDecimal(6),
                row.getString(7)),
        distinct);
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
