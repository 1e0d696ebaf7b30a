package id.banggaelokal.quotation.api;

import id.banggaelokal.catalog.api.Unit;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the request with the price quoted for it. */
@Schema(name = "QuotedLine")
public record QuotedLine(
    @Schema(required = true) int lineNo,
    @Schema(required = true) String description,
    @Schema(required = true) int quantity,
    @Schema(required = true) Unit unit,
    @Schema(required = true) BigDecimal unitPrice,
    @Schema(required = true, description = "quantity × unitPrice") BigDecimal amount) {}
