package id.banggaelokal.order;

import id.banggaelokal.order.api.AcceptDeliveryRequest;
import id.banggaelokal.order.api.DeliveryRequest;
import id.banggaelokal.order.api.DirectOrderRequest;
import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.order.api.PaymentRequest;
import id.banggaelokal.order.api.RatingRequest;
import id.banggaelokal.order.api.ReasonRequest;
import id.banggaelokal.order.api.ReplyRequest;
import id.banggaelokal.order.api.TimelineEntry;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class OrderResource {

  private static final String PARTIES =
      "The work unit's staff and the supplier see their orders; auditors all.";

  private final OrderService orders;
  private final IdempotentCreation idempotency;

  OrderResource(OrderService orders, IdempotentCreation idempotency) {
    this.orders = orders;
    this.idempotency = idempotency;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "placeDirectOrder",
      summary = "Order published listings of one supplier directly (e-purchasing)",
      description =
          "Prices are copied from the listings now. Rental lines name their period, which must"
              + " be free. Idempotency-Key is required.")
  @APIResponse(
      responseCode = "201",
      description = "Placed.",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response place(
      @Parameter(description = "Required: makes a retry safe.", required = true)
          @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid DirectOrderRequest request) {
    if (idempotencyKey == null) {
      throw ApiException.invalid(IdempotentCreation.HEADER, "order.idempotency-key.required");
    }
    return idempotency.run(
        idempotencyKey,
        "placeDirectOrder",
        request,
        () -> {
          OrderResponse order = orders.placeDirect(request);
          return Response.created(URI.create("/api/v1/orders/" + order.id()))
              .tag(Versions.etag(order.version()))
              .entity(order)
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.TREASURER, Roles.SUPPLIER, Roles.AUDITOR})
  @Operation(
      operationId = "listOrders",
      summary = "Orders visible to me, newest first",
      description = PARTIES)
  @APIResponse(responseCode = "200", description = "One page of orders.")
  public Page<OrderResponse> list(
      @Parameter(description = "Only orders in this state.") @QueryParam("status")
          OrderStatus status,
      @Parameter(description = "Placed on or after this day (city time).") @QueryParam("from")
          LocalDate from,
      @Parameter(description = "Placed on or before this day (city time).") @QueryParam("to")
          LocalDate to,
      @Parameter(description = "Only invoiced orders past their due date.") @QueryParam("overdue")
          Boolean overdue,
      @Valid @BeanParam PageParams paging) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", "order.list.period");
    }
    return orders.list(status, from, to, Boolean.TRUE.equals(overdue), paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.TREASURER, Roles.SUPPLIER, Roles.AUDITOR})
  @Operation(
      operationId = "getOrder",
      summary = "An order with its documents",
      description = PARTIES)
  @APIResponse(
      responseCode = "200",
      description = "The order.",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response get(@PathParam("id") long id) {
    return withETag(orders.get(id));
  }

  @GET
  @Path("/{id}/timeline")
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.TREASURER, Roles.SUPPLIER, Roles.AUDITOR})
  @Operation(
      operationId = "getOrderTimeline",
      summary = "The order's tracking, oldest first",
      description = PARTIES)
  @APIResponse(responseCode = "200", description = "One page of its steps.")
  public Page<TimelineEntry> timeline(
      @PathParam("id") long id, @Valid @BeanParam PageParams paging) {
    return Page.slice(orders.timeline(id), paging);
  }

  @POST
  @Path("/{id}/approve")
  @RolesAllowed(Roles.APPROVER)
  @Operation(
      operationId = "approveOrder",
      description =
          "The approver of the order's work unit. The Surat Pesanan number is issued now; the supplier confirms next.",
      summary = "Approve an order above the threshold (issues the Surat Pesanan number)")
  @APIResponse(
      responseCode = "200",
      description = "The approved order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response approve(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(orders.approve(id, ifMatch));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.APPROVER)
  @Operation(
      operationId = "rejectOrder",
      description =
          "The approver of the order's work unit refuses a placed order that needs approval; final.",
      summary = "Reject an order above the threshold")
  @APIResponse(
      responseCode = "200",
      description = "The rejected order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReasonRequest request) {
    return withETag(orders.reject(id, request.reason(), ifMatch));
  }

  @POST
  @Path("/{id}/confirm")
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "confirmOrder",
      summary = "Confirm an order (reserves stock and rental days)",
      description = "409 when anything is no longer available; nothing is reserved then.")
  @APIResponse(
      responseCode = "200",
      description = "The confirmed order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response confirm(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(orders.confirm(id, ifMatch));
  }

  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "declineOrder",
      description = "The supplier refuses an order it has not confirmed; final.",
      summary = "Decline an order")
  @APIResponse(
      responseCode = "200",
      description = "The declined order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response decline(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReasonRequest request) {
    return withETag(orders.decline(id, request.reason(), ifMatch));
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.BUYER, Roles.SUPPLIER})
  @Operation(
      operationId = "cancelOrder",
      summary = "Cancel an order, or ask to",
      description =
          "Before confirmation the buyer cancels alone; after it both buyer and supplier must"
              + " call this, and the second call cancels and releases the reservations.")
  @APIResponse(
      responseCode = "200",
      description = "The order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response cancel(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReasonRequest request) {
    return withETag(orders.cancel(id, request.reason(), ifMatch));
  }

  @POST
  @Path("/{id}/deliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "recordDelivery",
      description =
          "The supplier records what it delivered, per line; an order may be delivered in several notes.",
      summary = "Record a delivery note (quantities per line; partial deliveries allowed)")
  @APIResponse(
      responseCode = "201",
      description = "The order with the new delivery.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response recordDelivery(
      @PathParam("id") long id,
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid DeliveryRequest request) {
    return idempotency.run(
        idempotencyKey,
        "recordDelivery:" + id,
        request,
        () -> created(orders.recordDelivery(id, request)));
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "acceptDelivery",
      description =
          "The buyer accepts the whole delivery note or part of it; the accepted quantities make the handover record (BAST) and can be invoiced.",
      summary = "Accept a delivery, all or part (records the handover, BAST)")
  @APIResponse(
      responseCode = "200",
      description = "The order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response acceptDelivery(
      @PathParam("id") long id,
      @PathParam("deliveryId") long deliveryId,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @Valid AcceptDeliveryRequest request) {
    return withETag(orders.acceptDelivery(id, deliveryId, request, ifMatch));
  }

  /** The same without a body: everything delivered is accepted. */
  @POST
  @Path("/{id}/deliveries/{deliveryId}/accept")
  @RolesAllowed(Roles.BUYER)
  @Operation(hidden = true)
  public Response acceptWholeDelivery(
      @PathParam("id") long id,
      @PathParam("deliveryId") long deliveryId,
      @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(orders.acceptDelivery(id, deliveryId, null, ifMatch));
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/dispute")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "disputeDelivery",
      description =
          "The buyer refuses a delivery note and says why; the supplier may deliver again, or the buyer may close the remainder.",
      summary = "Dispute a delivery, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response disputeDelivery(
      @PathParam("id") long id,
      @PathParam("deliveryId") long deliveryId,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReasonRequest request) {
    return withETag(orders.disputeDelivery(id, deliveryId, request.reason(), ifMatch));
  }

  @POST
  @Path("/{id}/close-remainder")
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "closeOrderRemainder",
      description =
          "The buyer accepts what was delivered so far (also from DISPUTED): the rest is no longer ordered, what was reserved for it is given back, and the order goes on to invoicing.",
      summary = "Accept the order as delivered so far: what is not delivered is not ordered")
  @APIResponse(
      responseCode = "200",
      description = "The accepted order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response closeRemainder(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(orders.closeRemainder(id, ifMatch));
  }

  @POST
  @Path("/{id}/invoice")
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "issueInvoice",
      description =
          "The supplier invoices the quantities accepted so far. PPN and withheld income tax are computed from the rates in effect today and kept on the invoice.",
      summary = "Invoice the accepted quantities (tax lines computed from today's rates)")
  @APIResponse(
      responseCode = "200",
      description = "The invoiced order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response invoice(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return withETag(orders.invoice(id, ifMatch));
  }

  @POST
  @Path("/{id}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TREASURER)
  @Operation(
      operationId = "recordPayment",
      summary = "Record a payment (part or all of the net payable)",
      description = "The order is PAID, then COMPLETED, when the payments reach the net payable.")
  @APIResponse(
      responseCode = "201",
      description = "The order.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response pay(
      @PathParam("id") long id,
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid PaymentRequest request) {
    return idempotency.run(
        idempotencyKey, "recordPayment:" + id, request, () -> created(orders.pay(id, request)));
  }

  @POST
  @Path("/{id}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.BUYER)
  @Operation(
      operationId = "rateOrder",
      description =
          "The buyer rates the supplier from 1 to 5, with an optional comment, once the order is completed; once per order.",
      summary = "Rate a completed order (once)")
  @APIResponse(
      responseCode = "201",
      description = "The order with its rating.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response rate(@PathParam("id") long id, @NotNull @Valid RatingRequest request) {
    return created(orders.rate(id, request));
  }

  @POST
  @Path("/{id}/rating/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "replyToRating",
      description = "The supplier answers the buyer's rating of its order, once.",
      summary = "Reply to the rating of my order (once)")
  @APIResponse(
      responseCode = "200",
      description = "The order with its rating.",
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response reply(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReplyRequest request) {
    return withETag(orders.replyToRating(id, request.reply(), ifMatch));
  }

  /**
   * 201 with the order that now holds what was added (a delivery, a payment, a rating), which has
   * no address of its own: the Location is the order's.
   */
  private static Response created(OrderResponse order) {
    return Response.created(URI.create("/api/v1/orders/" + order.id()))
        .tag(Versions.etag(order.version()))
        .entity(order)
        .build();
  }

  private static Response withETag(OrderResponse order) {
    return Response.ok(order).tag(Versions.etag(order.version())).build();
  }
}
