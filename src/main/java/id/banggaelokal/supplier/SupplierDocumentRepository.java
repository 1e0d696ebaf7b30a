package id.banggaelokal.supplier;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class SupplierDocumentRepository implements PanacheRepository<SupplierDocument> {

  List<SupplierDocument> listBySupplier(long supplierId) {
    return list(
        "supplierId", Sort.by("type").and("uploadedAt", Sort.Direction.Descending), supplierId);
  }

  Optional<SupplierDocument> findOf(long supplierId, long documentId) {
    return find("id = ?1 and supplierId = ?2", documentId, supplierId).firstResultOptional();
  }

  long countBySupplier(long supplierId) {
    return count("supplierId", supplierId);
  }
}
