package id.banggaelokal.integrity.api;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntegrityScan", description = "What a scan found that no earlier scan had.")
public record ScanResponse(
    @Schema(description = "The time the rules looked back from.") OffsetDateTime scannedAt,
    @Schema(description = "New alerts per rule.") Map<IntegrityRule, Integer> raised,
    @Schema(description = "New alerts in all.") int total) {}
