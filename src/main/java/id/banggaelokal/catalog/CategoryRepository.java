package id.banggaelokal.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Categories change only by migration, so they are read once and kept in memory. */
@ApplicationScoped
class CategoryRepository implements PanacheRepositoryBase<Category, Integer> {

  private volatile List<Category> all;

  List<Category> all() {
    List<Category> categories = all;
    if (categories == null) {
      categories = List.copyOf(listAll(Sort.by("storefront").and("position")));
      all = categories;
    }
    return categories;
  }

  Optional<Category> byCode(String code) {
    return all().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  Map<Integer, Category> byId() {
    return all().stream().collect(Collectors.toMap(Category::id, Function.identity()));
  }
}
