package id.banggaelokal.supplier;

import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.supplier.api.DocumentResponse;
import id.banggaelokal.supplier.api.ReasonRequest;
import id.banggaelokal.supplier.api.SupplierProfileResponse;
import id.banggaelokal.supplier.api.SupplierSummary;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supplier verification")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class AdminSupplierResource {

  private final SupplierVerificationService verification;
  private final SupplierDocumentService documents;

  AdminSupplierResource(
      SupplierVerificationService verification, SupplierDocumentService documents) {
    this.verification = verification;
    this.documents = documents;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "listSuppliersForVerification",
      summary = "Verification queue and supplier search",
      description = "Oldest submission first.")
  @APIResponse(responseCode = "200", description = "One page of suppliers.")
  public Page<SupplierSummary> queue(
      @Parameter(description = "Only suppliers in this status.") @QueryParam("status")
          SupplierStatus status,
      @Parameter(
              description = "Part of the legal or trading name, or the start of the NIB or NPWP.")
          @QueryParam("q")
          @Size(max = 200)
          String q,
      @Valid @BeanParam PageParams paging) {
    return verification.queue(status, q, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "getSupplierForVerification",
      description =
          "Everything the supplier submitted (identity, tax and bank details, status and its reason), for the verification decision.",
      summary = "A supplier's whole profile")
  @APIResponse(
      responseCode = "200",
      description = "The profile, private data included.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response get(@PathParam("id") long id) {
    return SupplierResource.withETag(verification.get(id));
  }

  @GET
  @Path("/{id}/documents")
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "listSupplierDocuments",
      description =
          "The supplier's uploaded documents with type, number, issue and expiry dates, size and SHA-256.",
      summary = "A supplier's documents")
  @APIResponse(responseCode = "200", description = "One page of the documents.")
  public Page<DocumentResponse> documents(
      @PathParam("id") long id, @Valid @BeanParam PageParams paging) {
    verification.get(id);
    return Page.slice(documents.list(id), paging);
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      operationId = "downloadSupplierDocument",
      description =
          "The document's bytes (PDF, JPEG or PNG), named <type>-<id>.<ext>, never after the client's file name.",
      summary = "Download a supplier's document")
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
  public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    return SupplierResource.file(documents.download(id, documentId));
  }

  @POST
  @Path("/{id}/verify")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "verifySupplier",
      summary = "Verify a submitted supplier",
      description =
          "Not by the account that created the profile; needs valid NIB and NPWP documents.")
  @APIResponse(
      responseCode = "200",
      description = "The verified profile.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response verify(@PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return SupplierResource.withETag(verification.verify(id, ifMatch));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "rejectSupplier",
      description =
          "The reason is kept on the profile; the supplier may correct it and submit again. Audited.",
      summary = "Reject a submitted supplier, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The rejected profile.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReasonRequest request) {
    return SupplierResource.withETag(verification.reject(id, request.reason(), ifMatch));
  }

  @POST
  @Path("/{id}/suspend")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "suspendSupplier",
      description =
          "Its listings leave the catalogue in the same transaction, until it is reinstated. Audited.",
      summary = "Suspend a verified supplier, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The suspended profile.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response suspend(
      @PathParam("id") long id,
      @HeaderParam(Versions.IF_MATCH) String ifMatch,
      @NotNull @Valid ReasonRequest request) {
    return SupplierResource.withETag(verification.suspend(id, request.reason(), ifMatch));
  }

  @POST
  @Path("/{id}/reinstate")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "reinstateSupplier",
      description =
          "The supplier is verified again; its published listings are seen in the catalogue again. Audited.",
      summary = "Reinstate a suspended supplier")
  @APIResponse(
      responseCode = "200",
      description = "The verified profile.",
      content = @Content(schema = @Schema(implementation = SupplierProfileResponse.class)))
  public Response reinstate(
      @PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
    return SupplierResource.withETag(verification.reinstate(id, ifMatch));
  }
}
