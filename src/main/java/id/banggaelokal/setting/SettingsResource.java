package id.banggaelokal.setting;

import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.setting.api.SettingsResponse;
import id.banggaelokal.setting.api.SettingsUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  @APIResponse(responseCode = "200", description = "The settings.")
  public SettingsResponse get() {
    return settings.current();
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
              + " so documents already issued keep the rates they used.")
  @APIResponse(responseCode = "200", description = "The settings after the change.")
  public SettingsResponse update(@NotNull @Valid SettingsUpdate update) {
    return settings.update(update);
  }
}
