package id.banggaelokal.purchaserequest;

import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.purchaserequest.api.CancelRequest;
import id.banggaelokal.purchaserequest.api.PurchaseRequestRequest;
import id.banggaelokal.purchaserequest.api.PurchaseRequestResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/purchase-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase requests")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class PurchaseRequestResource {

  private final PurchaseRequestService requests;
  private final IdempotentCreation idempotency;

  PurchaseRequestResource(PurchaseRequestService requests, IdempotentCreation idempotency) {
    this.requests = requests;
    this.idempotency = idempotency;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "createPurchaseRequest",
      description =
          "A buyer's request for quotations, for the work unit in its token: lines with the owner's estimate, a deadline and invited suppliers or open participation. Idempotency-Key makes a retry safe.",
      summary = "Create a purchase request (draft) for my work unit")
  @APIResponse(
      responseCode = "201",
      description = "Created as DRAFT.",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = PurchaseRequestResponse.class)))
  public Response create(
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid PurchaseRequestRequest request,
      @Context UriInfo uri) {
    return idempotency.run(
        idempotencyKey,
        "createPurchaseRequest",
        request,
        () -> {
          PurchaseRequestResponse created = requests.create(request);
          return Response.created(
                  uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
              .tag(Versions.etag(created.version()))
              .entity(created)
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.TREASURER, Roles.SUPPLIER, Roles.AUDITOR})
  @Operation(
      operationId = "listPurchaseRequests",
      summary = "Purchase requests visible to me, newest first",
      description =
          "Work-unit staff: their work unit's requests. Suppliers: open requests they are invited"
              + " to or that are open to their storefronts, and every request they quoted on."
              + " Auditors: all.")
  @APIResponse(responseCode = "200", description = "One page of requests.")
  public Page<PurchaseRequestResponse> list(
      @Parameter(description = "Only requests in this state (as of now).") @QueryParam("status")
          PurchaseRequestStatus status,
      @Valid @BeanParam PageParams paging) {
    return requests.list(status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.TREASURER, Roles.SUPPLIER, Roles.AUDITOR})
  @Operation(
      operationId = "getPurchaseRequest",
      description =
          "For the staff of its work unit, the suppliers that may quote on it and auditors. Quotation contents stay sealed until it closes.",
      summary = "A purchase request visible to me")
  @APIResponse(
      responseCode = "200",
      description = "The request.",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = PurchaseRequestResponse.class)))
  public Response get(@PathParam("id") long id) {
    return withETag(requests.get(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "updatePurchaseRequest",
      description =
          "Only while it is a draft, by a buyer of its work unit. If-Match guards against a stale version (412).",
      summary = "Change a draft")
  @APIResponse(
      responseCode = "200",
      description = "The changed draft.",
      content = @Content(schema = @Schema(implementation = PurchaseRequestResponse.class)))
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid PurchaseRequestRequest request) {
    return withETag(requests.update(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "publishPurchaseRequest",
      summary = "Open a draft to quotations",
      description = "The quotation deadline must still be ahead.")
  @APIResponse(
      responseCode = "200",
      description = "The open request.",
      content = @Content(schema = @Schema(implementation = PurchaseRequestResponse.class)))
  public Response publish(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(requests.publish(id, ifMatch));
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "closePurchaseRequest",
      summary = "Close an open request",
      description =
          "After the deadline (requests also close by themselves then), or earlier when every"
              + " invited supplier has quoted.")
  @APIResponse(
      responseCode = "200",
      description = "The closed request.",
      content = @Content(schema = @Schema(implementation = PurchaseRequestResponse.class)))
  public Response close(@PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(requests.close(id, ifMatch));
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "cancelPurchaseRequest",
      summary = "Cancel a request that is not awarded yet",
      description = "Its quotations become NOT_AWARDED.")
  @APIResponse(
      responseCode = "200",
      description = "The cancelled request.",
      content = @Content(schema = @Schema(implementation = PurchaseRequestResponse.class)))
  public Response cancel(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid CancelRequest request) {
    return withETag(requests.cancel(id, request.reason(), ifMatch));
  }

  private static Response withETag(PurchaseRequestResponse request) {
    return Response.ok(request).tag(Versions.etag(request.version())).build();
  }
}
