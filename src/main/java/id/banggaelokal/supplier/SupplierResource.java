package id.banggaelokal.supplier;

import id.banggaelokal.platform.idempotency.IdempotentCreation;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.storage.Uploads;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.supplier.SupplierDocumentService.DocumentFile;
import id.banggaelokal.supplier.api.DocumentResponse;
import id.banggaelokal.supplier.api.DocumentUpload;
import id.banggaelokal.supplier.api.PublicSupplierResponse;
import id.banggaelokal.supplier.api.SupplierProfileRequest;
import id.banggaelokal.supplier.api.SupplierProfileResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class SupplierResource {

  private static final String PROFILE_SCHEMA = "SupplierProfile";

  private final SupplierService suppliers;
  private final SupplierDocumentService documents;
  private final IdempotentCreation idempotency;

  SupplierResource(
      SupplierService suppliers,
      SupplierDocumentService documents,
      IdempotentCreation idempotency) {
    this.suppliers = suppliers;
    this.documents = documents;
    this.idempotency = idempotency;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "registerSupplier",
      summary = "Register my business profile",
      description = "One profile per account; it starts as DRAFT.")
  @APIResponse(
      responseCode = "201",
      description = "Registered.",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response register(
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @NotNull @Valid SupplierProfileRequest request,
      @Context UriInfo uri) {
    return idempotency.run(
        idempotencyKey,
        "registerSupplier",
        request,
        () -> {
          SupplierProfileResponse created = suppliers.register(request);
          return Response.created(uri.getAbsolutePathBuilder().path("me").build())
              .tag(Versions.etag(created.version()))
              .entity(created)
              .build();
        });
  }

  @GET
  @Path("/me")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "getMySupplierProfile",
      description =
          "The calling supplier's own profile in any status, with the reason of a rejection or suspension.",
      summary = "My business profile")
  @APIResponse(
      responseCode = "200",
      description = "My profile, with warnings about missing or expired mandatory documents.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response mine() {
    return withETag(suppliers.mine());
  }

  @PUT
  @Path("/me")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "updateMySupplierProfile",
      summary = "Change my business profile",
      description =
          "A change of legal data (names, NIB, NPWP, NITKU, owner, business form, scale, KBLI,"
              + " PKP, PP 55) sends a verified profile back for verification; contact, address"
              + " and bank changes do not.")
  @APIResponse(
      responseCode = "200",
      description = "The changed profile.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response updateMine(
      @Parameter(description = "The version the change is based on.")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch,
      @NotNull @Valid SupplierProfileRequest request) {
    return withETag(suppliers.updateMine(request, ifMatch));
  }

  @POST
  @Path("/me/submit")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "submitMySupplierProfile",
      summary = "Submit my profile for verification",
      description = "Needs an NIB document and an NPWP document that have not expired.")
  @APIResponse(
      responseCode = "200",
      description = "The submitted profile.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response submitMine(
      @Parameter(description = "The version the change is based on.")
          @HeaderParam(Versions.IF_MATCH)
          String ifMatch) {
    return withETag(suppliers.submitMine(ifMatch));
  }

  @POST
  @Path("/me/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "uploadMySupplierDocument",
      summary = "Upload a document",
      description =
          "PDF, JPEG or PNG (recognised from the content), at most 10 MB. A new NIB or NPWP"
              + " document sends a verified profile back for verification.")
  @APIResponse(
      responseCode = "201",
      description = "Stored.",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
  public Response upload(
      @Parameter(description = "Makes a retry safe.") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @BeanParam DocumentUpload form,
      @Context UriInfo uri) {
    return idempotency.run(
        idempotencyKey,
        "uploadMySupplierDocument",
        Arrays.asList(
            form.type,
            form.number,
            form.issueDate,
            form.expiryDate,
            Uploads.fingerprintOf(form.file == null ? null : form.file.uploadedFile())),
        () -> {
          DocumentResponse created = documents.upload(form);
          return Response.created(
                  uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
              .entity(created)
              .build();
        });
  }

  @GET
  @Path("/me/documents")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "listMySupplierDocuments",
      description =
          "The calling supplier's uploaded documents with type, number, issue and expiry dates.",
      summary = "My documents")
  @APIResponse(
      responseCode = "200",
      description = "One page of my documents, by type, newest first.")
  public Page<DocumentResponse> listDocuments(@Valid @BeanParam PageParams paging) {
    return Page.slice(documents.listMine(), paging);
  }

  @GET
  @Path("/me/documents/{documentId}")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "downloadMySupplierDocument",
      description = "The document's bytes (PDF, JPEG or PNG), named <type>-<id>.<ext>.",
      summary = "Download one of my documents")
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response download(@PathParam("documentId") long documentId) {
    return file(documents.downloadMine(documentId));
  }

  @DELETE
  @Path("/me/documents/{documentId}")
  @RolesAllowed(Roles.SUPPLIER)
  @SecurityRequirement(name = ApiDefinition.BEARER)
  @Operation(
      operationId = "deleteMySupplierDocument",
      summary = "Remove one of my documents",
      description =
          "Removing the NIB or NPWP document sends a verified profile back for verification.")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void delete(@PathParam("documentId") long documentId) {
    documents.deleteMine(documentId);
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(
      operationId = "getPublicSupplier",
      summary = "Public profile of a verified supplier",
      description = "No identity numbers, contact or bank data. 404 unless verified.")
  @APIResponse(
      responseCode = "200",
      description = "The public profile.",
      content = @Content(schema = @Schema(implementation = PublicSupplierResponse.class)))
  public PublicSupplierResponse publicProfile(@PathParam("id") long id) {
    return suppliers.publicProfile(id);
  }

  static Response withETag(SupplierProfileResponse profile) {
    return Response.ok(profile).tag(Versions.etag(profile.version())).build();
  }

  static Response file(DocumentFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
