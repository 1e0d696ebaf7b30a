package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.StorefrontResponse;
import id.banggaelokal.catalog.api.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The storefronts with their categories and live counts of published listings. */
@ApplicationScoped
public class StorefrontService {

  private static final Map<Storefront, String[]> NAMES =
      Map.of(
          Storefront.EVENT_SERVICE, new String[] {"Jasa penyelenggara acara", "Event services"},
          Storefront.RENTAL, new String[] {"Jasa penyewaan", "Rentals"},
          Storefront.FLAGSHIP_PRODUCT, new String[] {"Produk unggulan", "Flagship products"});

  private final CategoryRepository categories;
  private final EntityManager entityManager;

  StorefrontService(CategoryRepository categories, EntityManager entityManager) {
    this.categories = categories;
    this.entityManager = entityManager;
  }

  @Transactional
  public List<StorefrontResponse> storefronts() {
    Map<Integer, Long> counts = new HashMap<>();
    for (Object row :
        entityManager
            .createNativeQuery("select category_id, visible from category_listing_count")
            .getResultList()) {
      Object[] c = (Object[]) row;
      counts.put(((Number) c[0]).intValue(), ((Number) c[1]).longValue());
    }
    List<StorefrontResponse> storefronts = new ArrayList<>();
    for (Storefront storefront : Storefront.values()) {
      List<StorefrontResponse.CategoryResponse> ofStorefront =
          categories.all().stream()
              .filter(c -> c.storefront() == storefront)
              .map(
                  c ->
                      new StorefrontResponse.CategoryResponse(
                          c.code(), c.nameId(), c.nameEn(), counts.getOrDefault(c.id(), 0L)))
              .toList();
      storefronts.add(
          new StorefrontResponse(
              storefront,
              NAMES.get(storefront)[0],
              NAMES.get(storefront)[1],
              Arrays.stream(Unit.values()).filter(u -> u.storefront() == storefront).toList(),
              ofStorefront.stream()
                  .mapToLong(StorefrontResponse.CategoryResponse::publishedListings)
                  .sum(),
              ofStorefront));
    }
    return storefronts;
  }
}
