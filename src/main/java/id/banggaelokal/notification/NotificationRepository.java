package id.banggaelokal.notification;

import id.banggaelokal.notification.api.Recipient;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
class NotificationRepository implements PanacheRepository<Notification> {

  private static final Sort NEWEST_FIRST =
      Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

  Page<Notification> ofSupplier(long supplierId, PageParams paging) {
    return Page.of(
        find(
            "recipientKind = :kind and recipientId = :id",
            NEWEST_FIRST,
            Parameters.with("kind", Recipient.Kind.SUPPLIER).and("id", Long.toString(supplierId))),
        paging);
  }

  Page<Notification> ofWorkUnit(String code, Collection<String> roles, PageParams paging) {
    return Page.of(
        find(
            "recipientKind = :kind and recipientId = :id and audienceRole in :roles",
            NEWEST_FIRST,
            Parameters.with("kind", Recipient.Kind.WORK_UNIT).and("id", code).and("roles", roles)),
        paging);
  }

  /**
   * Locks up to {@code limit} notifications due for delivery, skipping those another worker holds:
   * each is delivered by exactly one worker at a time.
   */
  List<Notification> lockDue(OffsetDateTime now, int limit) {
    List<Long> ids =
        getEntityManager()
            .createNativeQuery(
                """
                select id from notification
                 where status = 'PENDING' and next_attempt_at <= :now
                 order by next_attempt_at, id
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
}
