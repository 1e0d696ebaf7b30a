package id.banggaelokal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.catalog.api.ListingRequest;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What a listing must be in each storefront: a category and a unit of its storefront, and the
 * attributes of its kind (an event service its capacity, a rental its quantity owned, a product its
 * stock) and of no other kind.
 */
final class ListingRules {

  /** A checked request: its category, its attributes as JSON, and the columns they feed. */
  record Checked(Category category, String attributesJson, Integer quantityOwned, Integer stock) {}

  private ListingRules() {}

  static Checked check(ListingRequest request, CategoryRepository categories, ObjectMapper json) {
    List<FieldError> errors = new ArrayList<>();
    Storefront storefront = request.storefront();
    Category category = categories.byCode(request.categoryCode().trim()).orElse(null);
    if (category == null || category.storefront() != storefront) {
      errors.add(new FieldError("categoryCode", "listing.category.unknown"));
    }
    if (request.title().trim().length() < 3) {
      errors.add(new FieldError("title", "listing.title.length"));
    }
    if (request.unit().storefront() != storefront) {
      errors.add(new FieldError("unit", "listing.unit.storefront"));
    }
    Object attributes = null;
    Integer quantityOwned = null;
    Integer stock = null;
    requireOnly(request, storefront, errors);
    switch (storefront) {
      case EVENT_SERVICE -> {
        ListingRequest.EventServiceAttributes event = request.eventService();
        if (event != null && event.capacityMax() < event.capacityMin()) {
          errors.add(new FieldError("eventService.capacityMax", "listing.capacity.range"));
        }
        attributes = event;
      }
      case RENTAL -> {
        attributes = request.rental();
        quantityOwned = request.rental() == null ? null : request.rental().quantityOwned();
      }
      case FLAGSHIP_PRODUCT -> {
        attributes = request.product();
        stock = request.product() == null ? null : request.product().stock();
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    try {
      return new Checked(category, json.writeValueAsString(attributes), quantityOwned, stock);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireOnly(
      ListingRequest request, Storefront storefront, List<FieldError> errors) {
    check(
        request.eventService() != null,
        storefront == Storefront.EVENT_SERVICE,
        "eventService",
        errors);
    check(request.rental() != null, storefront == Storefront.RENTAL, "rental", errors);
    check(request.product() != null, storefront == Storefront.FLAGSHIP_PRODUCT, "product", errors);
  }

  private static void check(
      boolean given, boolean expected, String field, List<FieldError> errors) {
    if (expected && !given) {
      errors.add(new FieldError(field, "listing.attributes.required"));
    } else if (!expected && given) {
      errors.add(new FieldError(field, "listing.attributes.other-storefront"));
    }
  }
}
