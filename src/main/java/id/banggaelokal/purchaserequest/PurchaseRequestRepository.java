package id.banggaelokal.purchaserequest;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class PurchaseRequestRepository implements PanacheRepository<PurchaseRequest> {

  private static final Sort NEWEST_FIRST =
      Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

  /** The request with its row locked until the end of the transaction. */
  Optional<PurchaseRequest> findForUpdate(long id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The work unit of a request, read without loading the request. */
  Optional<String> workUnitOf(long id) {
    return getEntityManager()
        .createQuery("select r.workUnitCode from PurchaseRequest r where r.id = :id", String.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  Page<PurchaseRequest> ofWorkUnit(
      String workUnitCode, PurchaseRequestStatus status, OffsetDateTime now, PageParams paging) {
    Parameters parameters = Parameters.with("workUnit", workUnitCode);
    String where = "workUnitCode = :workUnit" + statusCondition(status, now, parameters);
    return Page.of(find(where, NEWEST_FIRST, parameters), paging);
  }

  Page<PurchaseRequest> all(PurchaseRequestStatus status, OffsetDateTime now, PageParams paging) {
    Parameters parameters = new Parameters();
    String where = "1 = 1" + statusCondition(status, now, parameters);
    return Page.of(find(where, NEWEST_FIRST, parameters), paging);
  }

  /**
   * What a supplier may see: open requests it is invited to or that are open to its storefronts,
   * and every request it quoted on.
   */
  Page<PurchaseRequest> visibleToSupplier(
      long supplierId,
      boolean mayQuote,
      Set<Storefront> storefronts,
      PurchaseRequestStatus status,
      OffsetDateTime now,
      PageParams paging) {
    Parameters parameters = Parameters.with("supplier", supplierId);
    StringBuilder where =
        new StringBuilder(
            "from PurchaseRequest pr where (exists (select 1 from PurchaseRequestBidder b"
                + " where b.purchaseRequestId = pr.id and b.supplierId = :supplier)");
    if (mayQuote) {
      parameters.and("now", now);
      where.append(
          " or (status = 'OPEN' and quotationDeadline > :now"
              + " and (:supplier member of pr.invitedSupplierIds");
      if (!storefronts.isEmpty()) {
        parameters.and("storefronts", storefronts);
        where.append(" or (participation = 'OPEN' and storefront in :storefronts)");
      }
      where.append("))");
    }
    where.append(')').append(statusCondition(status, now, parameters));
    return Page.of(find(where.toString(), NEWEST_FIRST, parameters), paging);
  }

  boolean isBidder(long requestId, long supplierId) {
    return getEntityManager()
            .createQuery(
                "select count(b) from PurchaseRequestBidder b"
                    + " where b.purchaseRequestId = :request and b.supplierId = :supplier",
                Long.class)
            .setParameter("request", requestId)
            .setParameter("supplier", supplierId)
            .getSingleResult()
        > 0;
  }

  void addBidder(long requestId, long supplierId) {
    getEntityManager()
        .createNativeQuery(
            "insert into purchase_request_bidder (purchase_request_id, supplier_id)"
                + " values (:request, :supplier) on conflict do nothing")
        .setParameter("request", requestId)
        .setParameter("supplier", supplierId)
        .executeUpdate();
  }

  /**
   * Locks up to {@code limit} open requests whose deadline has passed, skipping those that another
   * transaction (another replica's job, a buyer's close) holds.
   */
  List<PurchaseRequest> lockExpired(OffsetDateTime now, int limit) {
    List<Long> ids =
        getEntityManager()
            .createNativeQuery(
                """
                select id from purchase_request
                 where status = 'OPEN' and quotation_deadline <= :now
                 order by quotation_deadline, id
                 limit :limit
                   for update skip locked
                """)
            .setParameter("now", now)
            .setParameter("limit", limit)
            .getResultList()
            .stream()
            .map(id -> ((Number) id).longValue())
            .toList();
    return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("id"), ids);
  }

  private static String statusCondition(
      PurchaseRequestStatus status, OffsetDateTime now, Parameters parameters) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case OPEN -> {
        parameters.and("now", now);
        yield " and status = 'OPEN' and quotationDeadline > :now";
      }
      case CLOSED -> {
        parameters.and("now", now);
        yield " and (status = 'CLOSED' or (status = 'OPEN' and quotationDeadline <= :now))";
      }
      default -> {
        parameters.and("status", status);
        yield " and status = :status";
      }
    };
  }
}
