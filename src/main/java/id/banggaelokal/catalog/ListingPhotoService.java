package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.ListingResponse;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.storage.ContentType;
import id.banggaelokal.platform.storage.FileStorage;
import id.banggaelokal.platform.storage.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Photos of listings: JPEG, PNG or WebP by content, 5 MB each, at most 8 a listing. */
@ApplicationScoped
public class ListingPhotoService {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_PHOTOS = 8;
  private static final Set<ContentType> ACCEPTED =
      EnumSet.of(ContentType.JPEG, ContentType.PNG, ContentType.WEBP);

  /** A photo's file, ready to send. */
  public record PhotoFile(String mediaType, byte[] content) {}

  private final ListingService listings;
  private final ListingPhotoRepository photos;
  private final FileStorage storage;
  private final AuditLog audit;
  private final Clock clock;

  ListingPhotoService(
      ListingService listings,
      ListingPhotoRepository photos,
      FileStorage storage,
      AuditLog audit,
      Clock clock) {
    this.listings = listings;
    this.photos = photos;
    this.storage = storage;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public ListingResponse.PhotoInfo add(long listingId, Path uploaded, long size) {
    Listing listing = listings.ownListingForPhotoChange(listingId);
    if (!listing.status().editable()) {
      throw ApiException.conflict("listing.archived", Long.toString(listingId));
    }
    if (uploaded == null) {
      throw ApiException.invalid("file", "jakarta.validation.constraints.NotNull.message");
    }
    Uploads.Upload file =
        Uploads.check(
            uploaded, size, MAX_BYTES, ACCEPTED, "listing.photo.too-large", "listing.photo.type");
    if (photos.countOf(listingId) >= MAX_PHOTOS) {
      throw ApiException.businessRule("listing.photo.limit", Integer.toString(MAX_PHOTOS));
    }
    ListingPhoto photo =
        new ListingPhoto(
            listingId,
            storage.store(file.content()),
            file.type().mediaType(),
            file.content().length,
            OffsetDateTime.now(clock));
    photos.persistAndFlush(photo);
    ListingResponse.PhotoInfo added = ListingResponses.photo(listingId, photo);
    audit.record("listing.photo.added", ListingService.ENTITY, listingId, null, added);
    return added;
  }

  @Transactional
  public void remove(long listingId, long photoId) {
    listings.ownListingForPhotoChange(listingId);
    ListingPhoto photo = find(listingId, photoId);
    photos.delete(photo);
    photos.flush();
    storage.delete(photo.fileKey());
    audit.record(
        "listing.photo.removed",
        ListingService.ENTITY,
        listingId,
        Map.of("photoId", photoId),
        null);
  }

  /** A photo of a listing the public may see. */
  @Transactional
  public PhotoFile published(long listingId, long photoId) {
    listings.visible(listingId);
    ListingPhoto photo = find(listingId, photoId);
    byte[] content =
        storage
            .read(photo.fileKey())
            .orElseThrow(() -> new IllegalStateException("file of photo " + photoId));
    return new PhotoFile(photo.contentType(), content);
  }

  private ListingPhoto find(long listingId, long photoId) {
    return photos
        .find(listingId, photoId)
        .orElseThrow(
            () -> ApiException.notFound("listing.photo.not-found", Long.toString(photoId)));
  }
}
