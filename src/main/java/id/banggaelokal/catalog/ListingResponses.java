package id.banggaelokal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.catalog.api.ListingRequest;
import id.banggaelokal.catalog.api.ListingResponse;
import java.util.List;

/** Maps listings to the records of the API. */
final class ListingResponses {

  private ListingResponses() {}

  static ListingResponse of(
      Listing listing, Category category, List<ListingPhoto> photos, ObjectMapper json) {
    ListingRequest.EventServiceAttributes event = null;
    ListingRequest.RentalAttributes rental = null;
    ListingRequest.ProductAttributes product = null;
    try {
      switch (listing.storefront()) {
        case EVENT_SERVICE ->
            event =
                json.readValue(listing.attributes(), ListingRequest.EventServiceAttributes.class);
        case RENTAL ->
            rental = json.readValue(listing.attributes(), ListingRequest.RentalAttributes.class);
        case FLAGSHIP_PRODUCT -> {
          ListingRequest.ProductAttributes stored =
              json.readValue(listing.attributes(), ListingRequest.ProductAttributes.class);
          product =
              new ListingRequest.ProductAttributes(
                  listing.stock(),
                  stored.minimumOrder(),
                  stored.weightGrams(),
                  stored.halalCertificateNumber(),
                  stored.pirtNumber(),
                  stored.sniNumber(),
                  stored.shelfLifeDays());
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored attributes of listing " + listing.id(), e);
    }
    return new ListingResponse(
        listing.id(),
        new ListingResponse.SupplierInfo(
            listing.supplierId(),
            listing.supplierTradingName(),
            listing.supplierDistrict(),
            listing.supplierScale(),
            listing.supplierRating()),
        listing.storefront(),
        new ListingResponse.CategoryInfo(category.code(), category.nameId(), category.nameEn()),
        listing.title(),
        listing.description(),
        listing.price(),
        listing.unit(),
        listing.status(),
        event,
        rental,
        product,
        photos.stream().map(p -> photo(listing.id(), p)).toList(),
        listing.publishedAt(),
        listing.createdAt(),
        listing.updatedAt(),
        listing.version());
  }

  static ListingResponse.PhotoInfo photo(long listingId, ListingPhoto photo) {
    return new ListingResponse.PhotoInfo(
        photo.id(), photo.contentType(), "/api/v1/listings/" + listingId + "/photos/" + photo.id());
  }
}
