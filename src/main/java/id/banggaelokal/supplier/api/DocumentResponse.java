package id.banggaelokal.supplier.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierDocument", description = "A document a supplier uploaded.")
public record DocumentResponse(
    @Schema(required = true, example = "101") long id,
    @Schema(required = true) DocumentType type,
    @Schema(required = true, example = "9120001234567") String number,
    @Schema(required = true) LocalDate issueDate,
    @Schema(description = "Null when it does not expire.") LocalDate expiryDate,
    @Schema(required = true, description = "Whether it has expired (in WIB).") boolean expired,
    @Schema(required = true, example = "application/pdf") String contentType,
    @Schema(required = true, example = "183422") long sizeBytes,
    @Schema(required = true, description = "SHA-256 of the file, hex.") String sha256,
    @Schema(required = true) OffsetDateTime uploadedAt) {}
