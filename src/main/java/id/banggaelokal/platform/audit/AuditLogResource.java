package id.banggaelokal.platform.audit;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class AuditLogResource {

  private final AuditTrail trail;

  AuditLogResource(AuditTrail trail) {
    this.trail = trail;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "readAuditLog",
      summary = "The append-only audit log, newest first",
      description =
          "Every state change and administrative action. Filter by entity, actor, action and"
              + " period (city days, inclusive); page with the nextCursor of the previous page.")
  @APIResponse(responseCode = "200", description = "One page of entries.")
  public AuditPage read(
      @Parameter(example = "order") @QueryParam("entityType") @Size(max = 100) String entityType,
      @QueryParam("entityId") @Size(max = 100) String entityId,
      @Parameter(description = "Account id (the token's sub) or system.")
          @QueryParam("actor")
          @Size(max = 200)
          String actor,
      @Parameter(example = "order.confirmed") @QueryParam("action") @Size(max = 100) String action,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @Parameter(description = "From the previous page's nextCursor.")
          @QueryParam("cursor")
          @Size(max = 20)
          String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", "audit.period");
    }
    return trail.read(
        new AuditTrail.Filter(entityType, entityId, actor, action, from, to), cursor, limit);
  }
}
