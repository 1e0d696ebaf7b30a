package id.banggaelokal.supplier.api;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of a document upload. Its fields are checked by the service. */
public class DocumentUpload {

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  @Schema(required = true, implementation = DocumentType.class)
  public String type;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  @Schema(
      required = true,
      description = "Number printed on the document.",
      example = "9120001234567",
      maxLength = 100)
  public String number;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  @Schema(
      required = true,
      format = "date",
      description = "Issue date, ISO 8601.",
      example = "2024-02-01")
  public String issueDate;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  @Schema(
      format = "date",
      description = "Expiry date, ISO 8601; omit when it does not expire.",
      example = "2029-02-01")
  public String expiryDate;

  @RestForm
  @Schema(
      required = true,
      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
      format = "binary",
      description = "The file: PDF, JPEG or PNG, at most 10 MB. Its type is read from its content.")
  public FileUpload file;
}
