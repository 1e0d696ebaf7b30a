package id.banggaelokal.quotation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One submitted version of a quotation, as it was submitted (never changed). */
@Schema(name = "QuotationVersion")
public record QuotationVersionResponse(
    @Schema(required = true, example = "1") int number,
    @Schema(required = true) List<QuotedLine> lines,
    @Schema(required = true) BigDecimal total,
    @Schema(required = true) int deliveryDays,
    @Schema(required = true) LocalDate validUntil,
    String notes,
    @Schema(required = true) OffsetDateTime submittedAt) {}
