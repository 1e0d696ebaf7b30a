package id.banggaelokal.integrity;

import id.banggaelokal.integrity.api.AlertStatus;
import id.banggaelokal.integrity.api.IntegrityRule;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
class IntegrityAlertRepository implements PanacheRepository<IntegrityAlert> {

  /** What a list of alerts is narrowed to; null fields do not narrow it. */
  record Filter(
      IntegrityRule rule,
      AlertStatus status,
      OffsetDateTime from,
      OffsetDateTime before,
      String workUnitCode,
      Long supplierId) {}

  /** Alerts matching the filter, newest first. */
  Page<IntegrityAlert> search(Filter filter, PageParams paging) {
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (filter.rule() != null) {
      conditions.add("rule = :rule");
      parameters.and("rule", filter.rule());
    }
    if (filter.status() != null) {
      conditions.add("status = :status");
      parameters.and("status", filter.status());
    }
    if (filter.from() != null) {
      conditions.add("detectedAt >= :from");
      parameters.and("from", filter.from());
    }
    if (filter.before() != null) {
      conditions.add("detectedAt < :before");
      parameters.and("before", filter.before());
    }
    if (filter.workUnitCode() != null) {
      conditions.add("workUnitCode = :workUnit");
      parameters.and("workUnit", filter.workUnitCode());
    }
    if (filter.supplierId() != null) {
      // array_contains becomes the supplier_ids @> array[…] that the GIN index serves.
      conditions.add("array_contains(supplierIds, :supplierId)");
      parameters.and("supplierId", filter.supplierId());
    }
    Sort order =
        Sort.by("detectedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
    return Page.of(find(String.join(" and ", conditions), order, parameters), paging);
  }
}
