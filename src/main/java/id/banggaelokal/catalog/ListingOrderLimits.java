package id.banggaelokal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.catalog.api.ListingRequest;
import id.banggaelokal.catalog.api.OrderLimits;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;

/** The limits an order of a listing must respect, read from the attributes of its storefront. */
final class ListingOrderLimits {

  private ListingOrderLimits() {}

  static OrderLimits of(Storefront storefront, Unit unit, String attributes, ObjectMapper json) {
    try {
      return switch (storefront) {
        case FLAGSHIP_PRODUCT -> {
          Integer minimum =
              json.readValue(attributes, ListingRequest.ProductAttributes.class).minimumOrder();
          yield new OrderLimits(minimum == null ? 1 : Math.max(1, minimum), null, 0);
        }
        case EVENT_SERVICE -> {
          ListingRequest.EventServiceAttributes event =
              json.readValue(attributes, ListingRequest.EventServiceAttributes.class);
          int leadTime = event.leadTimeDays() == null ? 0 : event.leadTimeDays();
          // The capacity counts persons: it bounds the quantity only of a price per person.
          yield unit == Unit.PER_PERSON
              ? new OrderLimits(
                  event.capacityMin() == null ? 1 : Math.max(1, event.capacityMin()),
                  event.capacityMax(),
                  leadTime)
              : new OrderLimits(1, null, leadTime);
        }
        case RENTAL -> OrderLimits.NONE;
      };
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored attributes of a listing", e);
    }
  }
}
