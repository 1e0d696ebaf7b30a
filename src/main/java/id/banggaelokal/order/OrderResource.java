package id.banggaelokal.order;

import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class OrderResource {

  private final OrderService orders;

  OrderResource(OrderService orders) {
    this.orders = orders;
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.TREASURER, Roles.SUPPLIER, Roles.AUDITOR})
  @Operation(
      operationId = "getOrder",
      summary = "An order I am a party to",
      description = "The work unit's staff and the supplier see their orders; auditors all.")
  @APIResponse(
      responseCode = "200",
      description = "The order.",
      headers = @Header(name = "ETag"),
      content = @Content(schema = @Schema(implementation = OrderResponse.class)))
  public Response get(@PathParam("id") long id) {
    OrderResponse order = orders.get(id);
    return Response.ok(order).tag(Versions.etag(order.version())).build();
  }
}
