package id.banggaelokal.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
class ListingPhotoRepository implements PanacheRepository<ListingPhoto> {

  List<ListingPhoto> ofListing(long listingId) {
    return list("listingId", Sort.by("id"), listingId);
  }

  /** The photos of several listings at once, by listing. */
  Map<Long, List<ListingPhoto>> ofListings(Collection<Long> listingIds) {
    if (listingIds.isEmpty()) {
      return Map.of();
    }
    return list("listingId in ?1", Sort.by("id"), listingIds).stream()
        .collect(Collectors.groupingBy(ListingPhoto::listingId));
  }

  Optional<ListingPhoto> find(long listingId, long photoId) {
    return find("id = ?1 and listingId = ?2", photoId, listingId).firstResultOptional();
  }

  long countOf(long listingId) {
    return count("listingId", listingId);
  }
}
