package id.banggaelokal.integrity;

import id.banggaelokal.integrity.api.AlertStatus;
import id.banggaelokal.integrity.api.ConfirmRequest;
import id.banggaelokal.integrity.api.DismissRequest;
import id.banggaelokal.integrity.api.IntegrityAlertResponse;
import id.banggaelokal.integrity.api.IntegrityRule;
import id.banggaelokal.integrity.api.ScanResponse;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.i18n.Messages;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/integrity-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity alerts")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class IntegrityAlertResource {

  private final IntegrityAlertService alerts;
  private final IntegrityScan scan;
  private final Messages messages;

  IntegrityAlertResource(IntegrityAlertService alerts, IntegrityScan scan, Messages messages) {
    this.alerts = alerts;
    this.scan = scan;
    this.messages = messages;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "listIntegrityAlerts",
      summary = "Flagged patterns, newest first",
      description =
          "Filter by rule, status, the period they were detected in (city days, inclusive), the"
              + " work unit and a supplier concerned; summaries in the language of"
              + " Accept-Language.")
  @APIResponse(responseCode = "200", description = "One page of alerts.")
  public Page<IntegrityAlertResponse> list(
      @QueryParam("rule") IntegrityRule rule,
      @QueryParam("status") AlertStatus status,
      @Parameter(description = "Detected on or after this day.") @QueryParam("from") LocalDate from,
      @Parameter(description = "Detected on or before this day.") @QueryParam("to") LocalDate to,
      @Parameter(description = "Only alerts about this work unit (OPD code).")
          @QueryParam("workUnit")
          @Size(max = 50)
          String workUnit,
      @Parameter(description = "Only alerts naming this supplier.") @QueryParam("supplierId")
          Long supplierId,
      @Context HttpHeaders headers,
      @Valid @BeanParam PageParams paging) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", "integrity.period");
    }
    return alerts.list(
        rule, status, from, to, workUnit, supplierId, messages.negotiate(headers), paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "getIntegrityAlert",
      description =
          "The rule, the status and decision, the summary in the language of Accept-Language and the evidence (ids, amounts, times).",
      summary = "One alert with its evidence")
  @APIResponse(
      responseCode = "200",
      description = "The alert.",
      content = @Content(schema = @Schema(implementation = IntegrityAlertResponse.class)))
  public Response get(@PathParam("id") long id, @Context HttpHeaders headers) {
    return withETag(alerts.get(id, messages.negotiate(headers)));
  }

  @POST
  @Path("/{id}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "dismissIntegrityAlert",
      description =
          "Only the admin, and only while the alert is open: a decided alert stays decided. Audited.",
      summary = "Dismiss an open alert, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The dismissed alert.",
      content = @Content(schema = @Schema(implementation = IntegrityAlertResponse.class)))
  public Response dismiss(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers,
      @NotNull @Valid DismissRequest request) {
    return withETag(alerts.dismiss(id, request.reason(), ifMatch, messages.negotiate(headers)));
  }

  @POST
  @Path("/{id}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "confirmIntegrityAlert",
      summary = "Confirm an open alert, with an optional note",
      description = "The body may be left out.")
  @APIResponse(
      responseCode = "200",
      description = "The confirmed alert.",
      content = @Content(schema = @Schema(implementation = IntegrityAlertResponse.class)))
  public Response confirm(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers,
      @Valid ConfirmRequest request) {
    return withETag(
        alerts.confirm(
            id, request == null ? null : request.note(), ifMatch, messages.negotiate(headers)));
  }

  @POST
  @Path("/scan")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "scanIntegrity",
      summary = "Run the integrity rules now",
      description =
          "Waits for a scan that is running, then raises what no scan has raised yet. The hourly"
              + " scan does the same.")
  @APIResponse(
      responseCode = "200",
      description = "What this scan raised.",
      content = @Content(schema = @Schema(implementation = ScanResponse.class)))
  public ScanResponse scan() {
    return scan.scan();
  }

  private static Response withETag(IntegrityAlertResponse alert) {
    return Response.ok(alert).tag(Versions.etag(alert.version())).build();
  }
}
