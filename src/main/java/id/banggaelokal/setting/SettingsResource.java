package id.banggaelokal.setting;

import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.setting.api.SettingsResponse;
import id.banggaelokal.setting.api.SettingsUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class SettingsResource {

  private final SettingsService settings;

  SettingsResource(SettingsService settings) {
    this.settings = settings;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "getSettings",
      description =
          "Each setting (approval threshold, payment term, response time, PPN, PPh 22 and 23, PP 55 final rate) with the value in effect today and every dated value, past and future.",
      summary = "Thresholds, tax rates and terms: today's values and their history")
  @APIResponse(
      responseCode = "200",
      description = "The settings.",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
  public Response get() {
    return withETag(settings.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateSettings",
      summary = "Set new values from a day on",
      description =
          "Each change takes effect on its effectiveFrom (today or later, city time); a change"
              + " for a day that already has a value replaces it. Earlier days keep their values,"
              + " so documents already issued keep the rates they used. If-Match (the settings'"
              + " ETag) guards against another admin's change made meanwhile (412).")
  @APIResponse(
      responseCode = "200",
      description = "The settings after the change.",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
  public Response update(
      @Parameter(description = "The settings' ETag as read; 412 when another change came first.")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch,
      @NotNull @Valid SettingsUpdate update) {
    return withETag(settings.update(update, ifMatch));
  }

  private static Response withETag(SettingsResponse current) {
    return Response.ok(current).tag(Versions.etag(current.version())).build();
  }
}
