package id.banggaelokal.transparency;

import id.banggaelokal.transparency.api.StatsResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transparency")
@PermitAll
public class StatsResource {

  private final StatsService stats;

  StatsResource(StatsService stats) {
    this.stats = stats;
  }

  @GET
  @Operation(
      operationId = "getStats",
      summary = "Where the money went in a year",
      description =
          "Paid amounts by storefront, work unit, supplier district and month; suppliers verified"
              + " and paid; the share of micro and small businesses against the 40% target of"
              + " Perpres 12/2021 and of suppliers domiciled in the city; days from invoice to"
              + " payment. Up to a minute behind the payments.")
  @APIResponse(responseCode = "200", description = "The statistics of the year.")
  public StatsResponse get(
      @Parameter(description = "Calendar year; this year when left out.", example = "2026")
          @QueryParam("year")
          Integer year) {
    return stats.of(year);
  }
}
