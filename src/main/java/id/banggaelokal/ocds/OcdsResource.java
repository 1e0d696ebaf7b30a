package id.banggaelokal.ocds;

import id.banggaelokal.ocds.api.ReleasePackage;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(OcdsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transparency")
@PermitAll
public class OcdsResource {

  static final String PATH = "/api/v1/ocds/releases";
  static final String NEXT_CURSOR = "X-Next-Cursor";

  private final OcdsFeed feed;

  OcdsResource(OcdsFeed feed) {
    this.feed = feed;
  }

  @GET
  @Operation(
      operationId = "listOcdsReleases",
      summary = "OCDS 1.1 releases of every purchase, oldest first",
      description =
          "One release per event: a request published (tender), an award, an order approved or"
              + " confirmed (contract), a delivery accepted or a payment (implementation); direct"
              + " orders as a tender and award of method 'direct'. Releases never change once"
              + " published. Follow links.next, or pass the X-Next-Cursor header as since to"
              + " poll for releases published later.")
  @APIResponse(
      responseCode = "200",
      description = "A release package (with no releases past the end of the feed).",
      headers =
          @Header(
              name = NEXT_CURSOR,
              description = "The cursor to pass as since for the releases after this page.",
              schema =
                  @Schema(
                      type =
                          org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReleasePackage.class)))
  public Response list(
      @Parameter(
              description =
                  "Cursor: releases published after the one with this sequence number (0 or"
                      + " left out: from the first). Past the last release: 400.")
          @QueryParam("since")
          @Min(0)
          Long since,
      @Parameter(description = "Releases per page, at most 100.")
          @QueryParam("limit")
          @DefaultValue("100")
          @Min(1)
          @Max(100)
          int limit) {
    OcdsFeed.Page page = feed.page(since == null ? 0 : since, limit);
    return Response.ok(page.releasePackage()).header(NEXT_CURSOR, page.nextCursor()).build();
  }
}
