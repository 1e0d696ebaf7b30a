package id.banggaelokal.integrity.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntegrityAlert", description = "A flagged pattern, with its evidence.")
public record IntegrityAlertResponse(
    long id,
    IntegrityRule rule,
    AlertStatus status,
    @Schema(description = "When a scan found it.") OffsetDateTime detectedAt,
    @Schema(description = "What was found, in the language of Accept-Language.") String summary,
    @Schema(description = "The work unit concerned, when the rule is about one.")
        String workUnitCode,
    @Schema(description = "The suppliers concerned.") List<Long> supplierIds,
    @Schema(
            type = SchemaType.OBJECT,
            implementation = Object.class,
            description =
                "The evidence, by rule: ids of orders, listings and suppliers, amounts (rupiah) and"
                    + " times.")
        JsonNode evidence,
    @Schema(description = "The reason of a dismissal or the note of a confirmation.")
        String statusReason,
    @Schema(description = "Who dismissed or confirmed it.") String decidedBy,
    OffsetDateTime decidedAt,
    long version) {}
