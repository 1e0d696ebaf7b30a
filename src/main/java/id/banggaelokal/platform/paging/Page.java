package id.banggaelokal.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, in the response shape of API.md. */
public record Page<T>(
    @Schema(description = "The items of this page.") List<T> items,
    @Schema(description = "Page number, from 0.", example = "0") int page,
    @Schema(description = "Requested items per page.", example = "20") int size,
    @Schema(description = "Items in the whole list.", example = "42") long totalItems,
    @Schema(description = "Pages in the whole list.", example = "3") long totalPages) {

  public static <T> Page<T> of(List<T> items, PageParams request, long totalItems) {
    long pages = totalItems == 0 ? 0 : (totalItems + request.size() - 1) / request.size();
    return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
  }

  /**
   * One page of a list read whole: for a short list that belongs to one resource (an order's
   * timeline, a supplier's documents, a quotation's versions), so that it answers as every list.
   */
  public static <T> Page<T> slice(List<T> all, PageParams request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = (int) Math.min(all.size(), (long) from + request.size());
    return of(all.subList(from, to), request, all.size());
  }

  /** One page of a Panache query: its items and the count of the whole query. */
  public static <T> Page<T> of(PanacheQuery<T> query, PageParams request) {
    List<T> items =
        query.page(io.quarkus.panache.common.Page.of(request.page(), request.size())).list();
    return of(items, request, query.count());
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
