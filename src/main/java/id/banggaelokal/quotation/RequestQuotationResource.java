package id.banggaelokal.quotation;

import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.quotation.api.QuotationRequest;
import id.banggaelokal.quotation.api.QuotationResponse;
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

/** The quotations of one purchase request: submitted by suppliers, read by the buyer's side. */
@Path("/api/v1/purchase-requests/{requestId}/quotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotations")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class RequestQuotationResource {

  private final QuotationService quotations;
  private final IdempotentCreation idempotency;

  RequestQuotationResource(QuotationService quotations, IdempotentCreation idempotency) {
    this.quotations = quotations;
    this.idempotency = idempotency;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @Operation(
      operationId = "submitQuotation",
      summary = "Quote on an open purchase request",
      description =
          "One live quotation per supplier and request; only before the deadline, by a verified"
              + " supplier that is invited or sells in the request's storefront.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted (version 1).",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = QuotationResponse.class)))
  public Response submit(
      @PathParam("requestId") long requestId,
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid QuotationRequest request) {
    return idempotency.run(
        idempotencyKey,
        "submitQuotation:" + requestId,
        request,
        () -> {
          QuotationResponse submitted = quotations.submit(requestId, request);
          return Response.created(URI.create("/api/v1/quotations/" + submitted.id()))
              .tag(Versions.etag(submitted.version()))
              .entity(submitted)
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.AUDITOR})
  @Operation(
      operationId = "listRequestQuotations",
      summary = "All quotations of a closed request",
      description = "Sealed until the request closes (409 before); withdrawn ones are left out.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the quotations, cheapest offer first.")
  public Page<QuotationResponse> list(
      @PathParam("requestId") long requestId, @Valid @BeanParam PageParams paging) {
    return Page.slice(quotations.ofRequest(requestId), paging);
  }
}
