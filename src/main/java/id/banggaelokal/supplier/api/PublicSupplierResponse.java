package id.banggaelokal.supplier.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What anyone may see of a verified supplier: no identity numbers, contact or bank data. */
@Schema(name = "PublicSupplier", description = "Public profile of a verified supplier.")
public record PublicSupplierResponse(
    @Schema(required = true, example = "51") long id,
    @Schema(required = true, example = "CV Apel Makmur Sejahtera") String legalName,
    @Schema(required = true, example = "Keripik Apel Makmur") String tradingName,
    @Schema(required = true) BusinessForm businessForm,
    @Schema(required = true) BusinessScale scale,
    @Schema(required = true) District district,
    @Schema(required = true, example = "Punten") String village,
    @Schema(required = true) List<String> kbliCodes,
    @Schema(required = true, description = "VAT-registered.") boolean pkp,
    @Schema(
            description = "Mean rating of completed orders; null before the first.",
            example = "4.50")
        BigDecimal ratingAverage,
    @Schema(required = true, example = "12") int ratingCount,
    @Schema(description = "When it was last verified.") OffsetDateTime verifiedSince) {}
