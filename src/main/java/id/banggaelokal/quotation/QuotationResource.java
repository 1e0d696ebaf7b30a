package id.banggaelokal.quotation;

import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.quotation.api.CounterOfferAnswer;
import id.banggaelokal.quotation.api.CounterOfferRequest;
import id.banggaelokal.quotation.api.QuotationRequest;
import id.banggaelokal.quotation.api.QuotationResponse;
import id.banggaelokal.quotation.api.QuotationVersionResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotations")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class QuotationResource {

  private final QuotationService quotations;
  private final IdempotentCreation idempotency;

  QuotationResource(QuotationService quotations, IdempotentCreation idempotency) {
    this.quotations = quotations;
    this.idempotency = idempotency;
  }

  @GET
  @Path("/mine")
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "listMyQuotations",
      description =
          "The calling supplier's quotations on every purchase request, with their status.",
      summary = "My quotations, newest first")
  @APIResponse(responseCode = "200", description = "One page of my quotations.")
  public Page<QuotationResponse> mine(
      @Parameter(description = "Only quotations in this state.") @QueryParam("status")
          QuotationStatus status,
      @Valid @BeanParam PageParams paging) {
    return quotations.mine(status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.SUPPLIER, Roles.BUYER, Roles.APPROVER, Roles.AUDITOR})
  @Operation(
      operationId = "getQuotation",
      summary = "A quotation",
      description =
          "Its supplier sees it always; the request's work unit and auditors once the request"
              + " has closed.")
  @APIResponse(
      responseCode = "200",
      description = "The quotation with its current offer and negotiation rounds.",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response get(@PathParam("id") long id) {
    return withETag(quotations.get(id));
  }

  @GET
  @Path("/{id}/versions")
  @RolesAllowed({Roles.SUPPLIER, Roles.BUYER, Roles.APPROVER, Roles.AUDITOR})
  @Operation(
      operationId = "listQuotationVersions",
      description =
          "Every revision of a quotation adds a version that the database refuses to change. Sealed like the quotation itself until the request closes.",
      summary = "Every submitted version of a quotation, the first first")
  @APIResponse(responseCode = "200", description = "One page of the versions.")
  public Page<QuotationVersionResponse> versions(
      @PathParam("id") long id, @Valid @BeanParam PageParams paging) {
    return Page.slice(quotations.versions(id), paging);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "reviseQuotation",
      summary = "Revise my quotation before the deadline",
      description = "Creates a new immutable version; earlier versions stay readable.")
  @APIResponse(
      responseCode = "200",
      description = "The quotation with its new version.",
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid QuotationRequest request) {
    return withETag(quotations.revise(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/withdraw")
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "withdrawQuotation",
      description =
          "Only the quoting supplier, and only before the request's deadline (409 from the deadline on).",
      summary = "Withdraw my quotation before the deadline")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn quotation.",
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(quotations.withdraw(id, ifMatch));
  }

  @POST
  @Path("/{id}/counter-offers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "sendCounterOffer",
      summary = "Negotiate: propose new prices on a quotation of a closed request",
      description = "At most 3 rounds per quotation; the previous round must be answered.")
  @APIResponse(
      responseCode = "201",
      description = "The quotation with the new round.",
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response counterOffer(
      @PathParam("id") long id,
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid CounterOfferRequest request) {
    return idempotency.run(
        idempotencyKey,
        "sendCounterOffer:" + id,
        request,
        () -> {
          // The round has no address of its own: it is read, and answered, with its quotation.
          QuotationResponse quotation = quotations.counterOffer(id, request);
          return Response.created(URI.create("/api/v1/quotations/" + id))
              .tag(Versions.etag(quotation.version()))
              .entity(quotation)
              .build();
        });
  }

  @POST
  @Path("/{id}/counter-offers/{round}/accept")
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "acceptCounterOffer",
      description =
          "Only the latest round, while it is open. The buyer's proposed prices replace the current offer.",
      summary = "Accept the buyer's latest counter-offer: its prices become my offer")
  @APIResponse(
      responseCode = "200",
      description = "The quotation.",
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response acceptCounterOffer(
      @PathParam("id") long id,
      @PathParam("round") @Min(1) @Max(3) int round,
      @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(quotations.answer(id, round, CounterOfferStatus.Action.ACCEPT, null, ifMatch));
  }

  @POST
  @Path("/{id}/counter-offers/{round}/decline")
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "declineCounterOffer",
      description = "Only the latest round, while it is open. The current offer stays as it is.",
      summary = "Decline the buyer's latest counter-offer: my offer stands")
  @APIResponse(
      responseCode = "200",
      description = "The quotation.",
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response declineCounterOffer(
      @PathParam("id") long id,
      @PathParam("round") @Min(1) @Max(3) int round,
      @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(quotations.answer(id, round, CounterOfferStatus.Action.DECLINE, null, ifMatch));
  }

  @POST
  @Path("/{id}/counter-offers/{round}/counter")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "counterCounterOffer",
      description =
          "Only the latest round, while it is open. The new prices become the offer; a request has at most 3 rounds per quotation.",
      summary = "Answer the buyer's latest counter-offer with new prices (my new offer)")
  @APIResponse(
      responseCode = "200",
      description = "The quotation.",
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response counter(
      @PathParam("id") long id,
      @PathParam("round") @Min(1) @Max(3) int round,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid CounterOfferAnswer answer) {
    return withETag(
        quotations.answer(id, round, CounterOfferStatus.Action.COUNTER, answer, ifMatch));
  }

  @POST
  @Path("/{id}/accept")
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "acceptQuotation",
      summary = "Award a quotation of a closed request: places the order",
      description =
          "The order (PLACED) copies the request's lines at the quotation's current offer. The"
              + " request becomes AWARDED and every other quotation NOT_AWARDED; a request is"
              + " awarded once (409 afterwards).")
  @APIResponse(
      responseCode = "201",
      description = "The new order.",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response accept(
      @PathParam("id") long id,
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @Parameter(description = "The quotation version whose offer is accepted.")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch) {
    return idempotency.run(
        idempotencyKey,
        "acceptQuotation:" + id,
        null,
        () -> {
          OrderResponse order = quotations.accept(id, ifMatch);
          return Response.created(URI.create("/api/v1/orders/" + order.id()))
              .tag(Versions.etag(order.version()))
              .entity(order)
              .build();
        });
  }

  private static Response withETag(QuotationResponse quotation) {
    return Response.ok(quotation).tag(Versions.etag(quotation.version())).build();
  }
}
