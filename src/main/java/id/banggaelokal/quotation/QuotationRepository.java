package id.banggaelokal.quotation;

import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class QuotationRepository implements PanacheRepository<Quotation> {

  Optional<Quotation> findForUpdate(long id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * The request of a quotation, read without loading the quotation (so that a later lock reads it
   * fresh instead of checking a stale copy).
   */
  Optional<Long> requestIdOf(long id) {
    return getEntityManager()
        .createQuery("select q.purchaseRequestId from Quotation q where q.id = :id", Long.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The request of a supplier's own quotation, read the same way. */
  Optional<Long> requestIdOf(long id, long supplierId) {
    return getEntityManager()
        .createQuery(
            "select q.purchaseRequestId from Quotation q where q.id = :id"
                + " and q.supplierId = :supplier",
            Long.class)
        .setParameter("id", id)
        .setParameter("supplier", supplierId)
        .getResultStream()
        .findFirst();
  }

  /** The supplier's live (not withdrawn) quotation on a request. */
  Optional<Quotation> live(long requestId, long supplierId) {
    return find(
            "purchaseRequestId = ?1 and supplierId = ?2 and status <> ?3",
            requestId,
            supplierId,
            QuotationStatus.WITHDRAWN)
        .firstResultOptional();
  }

  /** A request's quotations that were not withdrawn, cheapest offer first. */
  List<Quotation> ofRequest(long requestId) {
    return list(
        "purchaseRequestId = ?1 and status <> ?2",
        Sort.by("offerTotal").and("deliveryDays").and("submittedAt").and("id"),
        requestId,
        QuotationStatus.WITHDRAWN);
  }

  /** A request's quotations still in the running, locked. */
  List<Quotation> submittedForUpdate(long requestId) {
    return find(
            "purchaseRequestId = ?1 and status = ?2",
            Sort.by("id"),
            requestId,
            QuotationStatus.SUBMITTED)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  Page<Quotation> ofSupplier(long supplierId, QuotationStatus status, PageParams paging) {
    Sort newestFirst =
        Sort.by("submittedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
    return Page.of(
        status == null
            ? find("supplierId", newestFirst, supplierId)
            : find("supplierId = ?1 and status = ?2", newestFirst, supplierId, status),
        paging);
  }
}
