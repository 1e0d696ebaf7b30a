package id.banggaelokal.workunit;

import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.workunit.api.WorkUnitCreateRequest;
import id.banggaelokal.workunit.api.WorkUnitResponse;
import id.banggaelokal.workunit.api.WorkUnitUpdateRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/work-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work units")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class WorkUnitResource {

  private final WorkUnitService service;
  private final IdempotentCreation idempotency;

  WorkUnitResource(WorkUnitService service, IdempotentCreation idempotency) {
    this.service = service;
    this.idempotency = idempotency;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createWorkUnit",
      description =
          "The code is unique and is what staff tokens carry in work_unit. Idempotency-Key makes a retry safe. Audited.",
      summary = "Create a work unit")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      headers = {
        @Header(
            name = "Location",
            description = "URL of the new work unit.",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = "Its version.",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WorkUnitResponse.class)))
  public Response create(
      @Parameter(
              in = ParameterIn.HEADER,
              description = "Makes a retry safe: the same key and body get the first response.",
              example = "6f1c2a9e-3b7d-4c1a-9f0e-2d4b6a8c1e3f")
          @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid WorkUnitCreateRequest request,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    return idempotency.run(
        idempotencyKey,
        "createWorkUnit",
        request,
        () -> {
          WorkUnitResponse created = service.create(request);
          return Response.created(
                  uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
              .tag(Versions.etag(created.version()))
              .entity(created)
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "listWorkUnits",
      description = "Filter by part of the name or code; ordered by code; paged.",
      summary = "List work units")
  @APIResponse(responseCode = "200", description = "One page of work units, ordered by code.")
  public Page<WorkUnitResponse> list(
      @Parameter(description = "Part of the name or code.", example = "dinas")
          @QueryParam("q")
          @Size(max = 200)
          String q,
      @Parameter(description = "Only active (true) or inactive (false) work units.")
          @QueryParam("active")
          Boolean active,
      @Valid @BeanParam PageParams paging) {
    return service.search(q, active, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "getWorkUnit",
      description = "A work unit, active or not.",
      summary = "Get a work unit")
  @APIResponse(
      responseCode = "200",
      description = "The work unit.",
      headers =
          @Header(
              name = "ETag",
              description = "Its version.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WorkUnitResponse.class)))
  public Response get(@PathParam("id") long id) {
    return withETag(service.get(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateWorkUnit",
      description =
          "The code cannot change. If-Match guards against a stale version (412). Audited.",
      summary = "Change a work unit's name and address")
  @APIResponse(
      responseCode = "200",
      description = "The changed work unit.",
      headers =
          @Header(
              name = "ETag",
              description = "Its new version.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WorkUnitResponse.class)))
  public Response update(
      @PathParam("id") long id,
      @Parameter(description = "The version the change is based on.", example = "\"0\"")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch,
      @NotNull @Valid WorkUnitUpdateRequest request) {
    return withETag(service.update(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/deactivate")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "deactivateWorkUnit",
      description = "Its staff can no longer act for it; everything it did stays. Audited.",
      summary = "Deactivate a work unit")
  @APIResponse(
      responseCode = "200",
      description = "The deactivated work unit.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WorkUnitResponse.class)))
  public Response deactivate(
      @PathParam("id") long id,
      @Parameter(description = "The version the change is based on.", example = "\"0\"")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch) {
    return withETag(service.setActive(id, false, ifMatch));
  }

  @POST
  @Path("/{id}/activate")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "activateWorkUnit",
      description = "Its staff can act for it again. Audited.",
      summary = "Activate a deactivated work unit")
  @APIResponse(
      responseCode = "200",
      description = "The active work unit.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WorkUnitResponse.class)))
  public Response activate(
      @PathParam("id") long id,
      @Parameter(description = "The version the change is based on.", example = "\"0\"")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch) {
    return withETag(service.setActive(id, true, ifMatch));
  }

  private static Response withETag(WorkUnitResponse workUnit) {
    return Response.ok(workUnit).tag(Versions.etag(workUnit.version())).build();
  }
}
