package id.banggaelokal.quotation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class QuotationVersionRepository implements PanacheRepository<QuotationVersion> {

  /** Every version of a quotation, the first first. */
  List<QuotationVersion> of(long quotationId) {
    return list("quotationId", Sort.by("number"), quotationId);
  }
}
