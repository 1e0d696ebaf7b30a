package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.StorefrontResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/storefronts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@PermitAll
public class StorefrontResource {

  private final StorefrontService storefronts;

  StorefrontResource(StorefrontService storefronts) {
    this.storefronts = storefronts;
  }

  @GET
  @Operation(
      operationId = "listStorefronts",
      description =
          "Public (no token): event services, rentals and flagship products, each with its categories and how many published listings they hold (kept by the database, never counted per request).",
      summary = "The three storefronts with their categories and published-listing counts")
  @APIResponse(
      responseCode = "200",
      description = "The storefronts.",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = StorefrontResponse.class)))
  public List<StorefrontResponse> storefronts() {
    return storefronts.storefronts();
  }
}
