package id.banggaelokal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.catalog.api.ListingReference;
import id.banggaelokal.catalog.api.ListingRequest;
import id.banggaelokal.catalog.api.ListingResponse;
import id.banggaelokal.catalog.api.PricePoint;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Listings as their suppliers manage them, and as anyone reads a published one. */
@ApplicationScoped
public class ListingService {

  static final String ENTITY = "listing";

  private final ListingRepository listings;
  private final CategoryRepository categories;
  private final ListingPhotoRepository photos;
  private final ListingPriceRepository prices;
  private final RentalCalendar rentals;
  private final SupplierService suppliers;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;
  private final PublishedListings cache;

  ListingService(
      ListingRepository listings,
      CategoryRepository categories,
      ListingPhotoRepository photos,
      ListingPriceRepository prices,
      RentalCalendar rentals,
      SupplierService suppliers,
      AuditLog audit,
      ObjectMapper json,
      Clock clock,
      PublishedListings cache) {
    this.listings = listings;
    this.categories = categories;
    this.photos = photos;
    this.prices = prices;
    this.rentals = rentals;
    this.suppliers = suppliers;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.cache = cache;
  }

  /** A new draft listing of the calling supplier. */
  @Transactional
  public ListingResponse create(ListingRequest request) {
    SupplierSnapshot supplier = suppliers.mySnapshot();
    ListingRules.Checked checked = ListingRules.check(request, categories, json);
    OffsetDateTime now = now();
    Listing listing =
        new Listing(supplier.id(), request.storefront(), SupplierColumnsFactory.of(supplier), now);
    describe(listing, request, checked, now);
    listings.persistAndFlush(listing);
    prices.persist(new ListingPrice(listing.id(), listing.price(), now));
    ListingResponse created = response(listing);
    audit.record("listing.created", ENTITY, listing.id(), null, created);
    return created;
  }

  @Transactional
  public ListingResponse update(long id, ListingRequest request, String ifMatch) {
    Listing listing = ownListing(id);
    Versions.checkIfMatch(ifMatch, listing.version());
    if (!listing.status().editable()) {
      throw ApiException.conflict("listing.archived", Long.toString(id));
    }
    if (request.storefront() != listing.storefront()) {
      throw ApiException.invalid("storefront", "listing.storefront.fixed");
    }
    ListingRules.Checked checked = ListingRules.check(request, categories, json);
    ListingResponse before = response(listing);
    BigDecimal oldPrice = listing.price();
    Integer oldQuantity = listing.quantityOwned();
    OffsetDateTime now = now();
    boolean priceChanged = describe(listing, request, checked, now);
    listings.flush();
    if (listing.storefront() == Storefront.RENTAL
        && !Objects.equals(oldQuantity, listing.quantityOwned())) {
      // The listing row is locked by now, so a booking in progress either finished first (and
      // its days are changed here) or waits and reads the new quantity.
      rentals.changeCapacity(id, listing.quantityOwned());
    }
    if (priceChanged) {
      prices.persist(new ListingPrice(id, listing.price(), now));
      audit.record(
          "listing.price-changed",
          ENTITY,
          id,
          Map.of("price", oldPrice),
          Map.of("price", listing.price()));
    }
    ListingResponse after = response(listing);
    audit.record("listing.updated", ENTITY, id, before, after);
    cache.evict(id);
    return after;
  }

  /** Publishes a listing; only a verified supplier's. */
  @Transactional
  public ListingResponse publish(long id, String ifMatch) {
    Listing listing = ownListing(id);
    Versions.checkIfMatch(ifMatch, listing.version());
    ListingStatus.Action.PUBLISH.applyTo(listing.status());
    if (!suppliers.mySnapshot().verified()) {
      throw ApiException.businessRule("listing.publish.supplier-not-verified");
    }
    return perform(listing, ListingStatus.Action.PUBLISH, "listing.published");
  }

  @Transactional
  public ListingResponse unpublish(long id, String ifMatch) {
    Listing listing = ownListing(id);
    Versions.checkIfMatch(ifMatch, listing.version());
    return perform(listing, ListingStatus.Action.UNPUBLISH, "listing.unpublished");
  }

  @Transactional
  public ListingResponse archive(long id, String ifMatch) {
    Listing listing = ownListing(id);
    Versions.checkIfMatch(ifMatch, listing.version());
    return perform(listing, ListingStatus.Action.ARCHIVE, "listing.archived");
  }

  /** The calling supplier's listings in every state, newest first. */
  @Transactional
  public Page<ListingResponse> mine(ListingStatus status, PageParams paging) {
    SupplierSnapshot supplier = suppliers.mySnapshot();
    Page<Listing> page = listings.bySupplier(supplier.id(), status, paging);
    Map<Long, List<ListingPhoto>> photosByListing =
        photos.ofListings(page.items().stream().map(Listing::id).toList());
    Map<Integer, Category> categoryById = categories.byId();
    return page.map(
        l ->
            ListingResponses.of(
                l,
                categoryById.get(l.categoryId()),
                photosByListing.getOrDefault(l.id(), List.of()),
                json));
  }

  /** A listing that the public may see: published, by a verified supplier; 404 otherwise. */
  @Transactional
  public ListingResponse published(long id) {
    return response(visible(id));
  }

  @Transactional
  public Page<PricePoint> priceHistory(long id, PageParams paging) {
    visible(id);
    return prices.history(id, paging).map(p -> new PricePoint(p.price(), p.changedAt()));
  }

  /** Several listings the public may see, by id, as other features refer to them. */
  @Transactional
  public Map<Long, ListingReference> publishedReferences(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return listings.publishedReferences(ids).stream()
        .map(this::reference)
        .collect(Collectors.toMap(ListingReference::id, l -> l));
  }

  /** The ids among these of listings that belong to this supplier, in whatever state. */
  @Transactional
  public Set<Long> ofSupplier(long supplierId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return listings.list("id in ?1 and supplierId = ?2", ids, supplierId).stream()
        .map(Listing::id)
        .collect(Collectors.toSet());
  }

  private ListingReference reference(ListingRepository.PublishedListing listing) {
    return new ListingReference(
        listing.id(),
        listing.supplierId(),
        listing.storefront(),
        listing.title(),
        listing.unit(),
        listing.price(),
        ListingOrderLimits.of(listing.storefront(), listing.unit(), listing.attributes(), json));
  }

  /** The storefronts in which a supplier has published listings. */
  @Transactional
  public Set<Storefront> storefrontsOf(long supplierId) {
    Set<Storefront> storefronts = EnumSet.noneOf(Storefront.class);
    storefronts.addAll(listings.publishedStorefronts(supplierId));
    return storefronts;
  }

  Listing visible(long id) {
    return listings
        .findByIdOptional(id)
        .filter(Listing::publiclyVisible)
        .orElseThrow(() -> ApiException.notFound("listing.not-found", Long.toString(id)));
  }

  /**
   * A listing of the calling supplier. Another supplier's listing is 403 when the public can see it
   * and 404 when it cannot (its existence is not theirs to know).
   */
  Listing ownListing(long id) {
    SupplierSnapshot supplier = suppliers.mySnapshot();
    Listing listing =
        listings
            .findByIdOptional(id)
            .orElseThrow(() -> ApiException.notFound("listing.not-found", Long.toString(id)));
    if (listing.supplierId() != supplier.id()) {
      if (listing.publiclyVisible()) {
        throw ApiException.forbidden("listing.not-yours");
      }
      throw ApiException.notFound("listing.not-found", Long.toString(id));
    }
    return listing;
  }

  /**
   * The calling supplier's listing, about to have a photo added or removed: locked, so that
   * concurrent uploads count its photos one after the other, with its version moved on (the photos
   * are part of what its ETag stands for) and its public copy dropped.
   */
  Listing ownListingForPhotoChange(long id) {
    Listing listing = ownListing(id);
    listings.getEntityManager().lock(listing, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    cache.evict(id);
    return listing;
  }

  ListingResponse response(Listing listing) {
    return ListingResponses.of(
        listing, categories.byId().get(listing.categoryId()), photos.ofListing(listing.id()), json);
  }

  private ListingResponse perform(Listing listing, ListingStatus.Action action, String event) {
    ListingStatus before = listing.status();
    listing.perform(action, now());
    listings.flush();
    audit.record(
        event, ENTITY, listing.id(), Map.of("status", before), Map.of("status", listing.status()));
    cache.evict(listing.id());
    return response(listing);
  }

  private static boolean describe(
      Listing listing, ListingRequest request, ListingRules.Checked checked, OffsetDateTime now) {
    return listing.describe(
        checked.category(),
        request.title().trim(),
        request.description().trim(),
        request.price().setScale(2, java.math.RoundingMode.UNNECESSARY),
        request.unit(),
        checked.attributesJson(),
        checked.quantityOwned(),
        checked.stock(),
        now);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
