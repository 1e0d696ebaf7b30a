package id.banggaelokal.catalog;

import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ListingPriceRepository implements PanacheRepository<ListingPrice> {

  Page<ListingPrice> history(long listingId, PageParams paging) {
    PanacheQuery<ListingPrice> query = find("listingId", Sort.by("changedAt").and("id"), listingId);
    return Page.of(query, paging);
  }
}
