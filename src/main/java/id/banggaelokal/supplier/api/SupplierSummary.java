package id.banggaelokal.supplier.api;

import id.banggaelokal.supplier.SupplierStatus;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the admin's verification queue. */
@Schema(name = "SupplierSummary", description = "A supplier in the verification queue.")
public record SupplierSummary(
    @Schema(required = true) long id,
    @Schema(required = true) SupplierStatus status,
    @Schema(required = true) String legalName,
    @Schema(required = true) String tradingName,
    @Schema(required = true) String nib,
    @Schema(required = true) String npwp,
    @Schema(required = true) BusinessScale scale,
    @Schema(required = true) District district,
    OffsetDateTime submittedAt,
    @Schema(required = true) OffsetDateTime updatedAt) {}
