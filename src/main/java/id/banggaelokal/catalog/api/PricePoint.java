package id.banggaelokal.catalog.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PricePoint", description = "A price of a listing, from the moment it was set.")
public record PricePoint(
    @Schema(required = true, example = "750000.00") BigDecimal price,
    @Schema(required = true) OffsetDateTime changedAt) {}
