package id.banggaelokal.quotation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
class CounterOfferRepository implements PanacheRepository<CounterOffer> {

  /** The rounds of a quotation, the first first. */
  List<CounterOffer> of(long quotationId) {
    return list("quotationId", Sort.by("round"), quotationId);
  }

  /** The rounds of several quotations, by quotation. */
  Map<Long, List<CounterOffer>> of(Collection<Long> quotationIds) {
    if (quotationIds.isEmpty()) {
      return Map.of();
    }
    return list("quotationId in ?1", Sort.by("quotationId").and("round"), quotationIds).stream()
        .collect(Collectors.groupingBy(CounterOffer::quotationId));
  }
}
