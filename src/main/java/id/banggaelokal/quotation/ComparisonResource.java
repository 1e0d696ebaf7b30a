package id.banggaelokal.quotation;

import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.quotation.api.ComparisonResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/purchase-requests/{requestId}/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotations")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class ComparisonResource {

  private final QuotationService quotations;

  ComparisonResource(QuotationService quotations) {
    this.quotations = quotations;
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.APPROVER, Roles.AUDITOR})
  @Operation(
      operationId = "compareQuotations",
      summary = "The quotations of a closed request, line by line against the estimate (HPS)",
      description = "409 while the request is still open (quotations are sealed).")
  @APIResponse(responseCode = "200", description = "The comparison.")
  public ComparisonResponse compare(@PathParam("requestId") long requestId) {
    return quotations.comparison(requestId);
  }
}
