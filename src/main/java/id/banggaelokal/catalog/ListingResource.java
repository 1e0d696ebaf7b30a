package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Availability;
import id.banggaelokal.catalog.api.ListingRequest;
import id.banggaelokal.catalog.api.ListingResponse;
import id.banggaelokal.catalog.api.ListingSearchResponse;
import id.banggaelokal.catalog.api.ListingSort;
import id.banggaelokal.catalog.api.PricePoint;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.storage.Uploads;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.supplier.api.BusinessScale;
import id.banggaelokal.supplier.api.District;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/listings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ListingResource {

  private final ListingService listings;
  private final PublishedListings published;
  private final ListingSearch search;
  private final ListingPhotoService photos;
  private final RentalCalendar rentals;
  private final CategoryRepository categories;
  private final IdempotentCreation idempotency;

  ListingResource(
      ListingService listings,
      PublishedListings published,
      ListingSearch search,
      ListingPhotoService photos,
      RentalCalendar rentals,
      CategoryRepository categories,
      IdempotentCreation idempotency) {
    this.listings = listings;
    this.published = published;
    this.search = search;
    this.photos = photos;
    this.rentals = rentals;
    this.categories = categories;
    this.idempotency = idempotency;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "searchListings",
      summary = "Search the public catalogue",
      description =
          "Published listings of verified suppliers. q matches title, description, category and"
              + " supplier name (Indonesian stemming, prefixes, accents and case ignored; similar"
              + " titles when nothing matches). Sort: relevance (default with q), price_asc,"
              + " price_desc, newest (default without q), rating. Pages reach the first 10,000"
              + " results; narrow the search for more.")
  @APIResponse(
      responseCode = "200",
      description = "One page of listings with facet counts.",
      content = @Content(schema = @Schema(implementation = ListingSearchResponse.class)))
  public ListingSearchResponse search(
      @Parameter(description = "Words to search for.", example = "sewa tenda")
          @QueryParam("q")
          @Size(max = 200)
          String q,
      @QueryParam("storefront") Storefront storefront,
      @Parameter(description = "Category code.", example = "TENT")
          @QueryParam("category")
          @Size(max = 50)
          String category,
      @QueryParam("minPrice") @DecimalMin("0") BigDecimal minPrice,
      @QueryParam("maxPrice") @DecimalMin("0") BigDecimal maxPrice,
      @Parameter(description = "District of the supplier.") @QueryParam("district")
          District district,
      @QueryParam("supplierId") Long supplierId,
      @Parameter(description = "Scale of the supplier.") @QueryParam("scale") BusinessScale scale,
      @Parameter(description = "Rentals free on every day from this date (with availableTo).")
          @QueryParam("availableFrom")
          LocalDate availableFrom,
      @QueryParam("availableTo") LocalDate availableTo,
      @Parameter(
              description = "relevance, price_asc, price_desc, newest or rating.",
              schema =
                  @Schema(
                      enumeration = {"relevance", "price_asc", "price_desc", "newest", "rating"}))
          @QueryParam("sort")
          String sort,
      @Valid @BeanParam PageParams paging) {
    Integer categoryId = null;
    if (category != null) {
      categoryId =
          categories
              .byCode(category)
              .map(Category::id)
              .orElseThrow(() -> ApiException.invalid("category", "listing.category.unknown"));
    }
    ListingSort order = null;
    if (sort != null) {
      order =
          ListingSort.fromParameter(sort)
              .orElseThrow(
                  () ->
                      ApiException.invalid("sort", "validation.json.enum", ListingSort.choices()));
    }
    if (minPrice != null && maxPrice != null && maxPrice.compareTo(minPrice) < 0) {
      throw ApiException.invalid("maxPrice", "listing.search.price-range");
    }
    if (availableFrom != null || availableTo != null) {
      RentalCalendar.checkPeriod(availableFrom, availableTo, "availableFrom", "availableTo");
    }
    if (paging.offset() + paging.size() > ListingSearch.MAX_DEPTH) {
      throw ApiException.invalid("page", "listing.search.page.too-deep", ListingSearch.MAX_DEPTH);
    }
    return search.search(
        new SearchCriteria(
            q,
            storefront,
            categoryId,
            minPrice,
            maxPrice,
            district == null ? null : district.name(),
            supplierId,
            scale == null ? null : scale.name(),
            availableFrom,
            availableTo,
            order,
            paging));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "createListing",
      description =
          "A supplier's new listing in one storefront and category, as a draft: it is seen in the catalogue only once published. Idempotency-Key makes a retry safe.",
      summary = "Create a listing (draft)")
  @APIResponse(
      responseCode = "201",
      description = "Created as DRAFT.",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = ListingResponse.class)))
  public Response create(
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid ListingRequest request,
      @Context UriInfo uri) {
    return idempotency.run(
        idempotencyKey,
        "createListing",
        request,
        () -> {
          ListingResponse created = listings.create(request);
          return Response.created(
                  uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
              .tag(Versions.etag(created.version()))
              .entity(created)
              .build();
        });
  }

  @GET
  @Path("/mine")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "listMyListings",
      description =
          "The calling supplier's own listings, drafts, published, unpublished and archived alike; paged.",
      summary = "My listings in every state, newest first")
  @APIResponse(responseCode = "200", description = "One page of my listings.")
  public Page<ListingResponse> mine(
      @Parameter(description = "Only listings in this state.") @QueryParam("status")
          ListingStatus status,
      @Valid @BeanParam PageParams paging) {
    return listings.mine(status, paging);
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(
      operationId = "getListing",
      description =
          "Public (no token): the detail of a listing in the catalogue, with its supplier's trading name and rating.",
      summary = "A published listing")
  @APIResponse(
      responseCode = "200",
      description = "The listing.",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ListingResponse.class)))
  public Response get(@PathParam("id") long id) {
    PublishedListings.Cached listing = published.get(id);
    return Response.ok(listing.json(), MediaType.APPLICATION_JSON_TYPE)
        .tag(Versions.etag(listing.version()))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "updateListing",
      summary = "Change my listing",
      description = "Every price change is kept in the price history.")
  @APIResponse(
      responseCode = "200",
      description = "The changed listing.",
      content = @Content(schema = @Schema(implementation = ListingResponse.class)))
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ListingRequest request) {
    return withETag(listings.update(id, request, ifMatch));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "archiveListing",
      description =
          "Final: an archived listing cannot be published again. Only an unpublished listing can"
              + " be archived (409 otherwise: unpublish it first). If-Match guards against a stale"
              + " version (412).",
      summary = "Archive my listing (final)")
  @APIResponse(
      responseCode = "200",
      description = "The archived listing.",
      content = @Content(schema = @Schema(implementation = ListingResponse.class)))
  public Response archive(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(listings.archive(id, ifMatch));
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "publishListing",
      summary = "Publish my listing",
      description = "Only a verified supplier can publish.")
  @APIResponse(
      responseCode = "200",
      description = "The published listing.",
      content = @Content(schema = @Schema(implementation = ListingResponse.class)))
  public Response publish(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(listings.publish(id, ifMatch));
  }

  @POST
  @Path("/{id}/unpublish")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "unpublishListing",
      description =
          "The listing leaves the catalogue and search at once; the supplier may publish it again later. If-Match guards against a stale version (412).",
      summary = "Take my listing out of the catalogue")
  @APIResponse(
      responseCode = "200",
      description = "The unpublished listing.",
      content = @Content(schema = @Schema(implementation = ListingResponse.class)))
  public Response unpublish(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(listings.unpublish(id, ifMatch));
  }

  @POST
  @Path("/{id}/photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "addListingPhoto",
      summary = "Add a photo to my listing",
      description =
          "JPEG, PNG or WebP (recognised from the content), 5 MB, at most 8 a listing. A retry"
              + " with the same Idempotency-Key and file answers the first response again.")
  @APIResponse(
      responseCode = "201",
      description = "Added.",
      content = @Content(schema = @Schema(implementation = ListingResponse.PhotoInfo.class)))
  public Response addPhoto(
      @PathParam("id") long id,
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
    java.nio.file.Path uploaded = file == null ? null : file.uploadedFile();
    return idempotency.run(
        idempotencyKey,
        "addListingPhoto",
        Arrays.asList(id, Uploads.fingerprintOf(uploaded)),
        () -> {
          ListingResponse.PhotoInfo added =
              photos.add(id, uploaded, file == null ? 0 : file.size());
          return Response.status(Response.Status.CREATED)
              .header("Location", added.url())
              .entity(added)
              .build();
        });
  }

  @GET
  @Path("/{id}/photos/{photoId}")
  @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
  @PermitAll
  @Operation(
      operationId = "getListingPhoto",
      description =
          "Public (no token): the photo's bytes, with the type recognised when it was uploaded.",
      summary = "A photo of a published listing")
  @APIResponse(
      responseCode = "200",
      description = "The image.",
      content = {
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/webp",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
    ListingPhotoService.PhotoFile photo = photos.published(id, photoId);
    return Response.ok(photo.content(), photo.mediaType())
        .header("Cache-Control", "public, max-age=86400")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("/{id}/photos/{photoId}")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "removeListingPhoto",
      description = "Only the owning supplier. The stored file is removed with it.",
      summary = "Remove a photo of my listing")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void removePhoto(@PathParam("id") long id, @PathParam("photoId") long photoId) {
    photos.remove(id, photoId);
  }

  @GET
  @Path("/{id}/availability")
  @PermitAll
  @Operation(
      operationId = "getRentalAvailability",
      summary = "Free quantity of a rental per day",
      description = "from and to inclusive, at most 366 days.")
  @APIResponse(
      responseCode = "200",
      description = "Free quantity per day.",
      content = @Content(schema = @Schema(implementation = Availability.class)))
  public Availability availability(
      @PathParam("id") long id,
      @Parameter(required = true, example = "2026-12-24") @QueryParam("from") LocalDate from,
      @Parameter(required = true, example = "2026-12-26") @QueryParam("to") LocalDate to) {
    return rentals.availability(id, from, to);
  }

  @GET
  @Path("/{id}/price-history")
  @PermitAll
  @Operation(
      operationId = "getListingPriceHistory",
      description = "Public (no token): every price the listing has had, oldest first.",
      summary = "Price changes of a published listing")
  @APIResponse(responseCode = "200", description = "Prices, oldest first.")
  public Page<PricePoint> priceHistory(
      @PathParam("id") long id, @Valid @BeanParam PageParams paging) {
    return listings.priceHistory(id, paging);
  }

  private static Response withETag(ListingResponse listing) {
    return Response.ok(listing).tag(Versions.etag(listing.version())).build();
  }
}
