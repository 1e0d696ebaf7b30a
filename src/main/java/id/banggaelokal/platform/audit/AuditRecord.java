package id.banggaelokal.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry as the admin and auditors read it. */
@Schema(name = "AuditEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(
    @Schema(required = true) long id,
    @Schema(required = true) OffsetDateTime occurredAt,
    @Schema(required = true, description = "Account id, or system.") String actor,
    @Schema(required = true, example = "order.confirmed") String action,
    @Schema(required = true, example = "order") String entityType,
    @Schema(required = true) String entityId,
    @Schema(type = SchemaType.OBJECT, description = "What it was (a summary).") @JsonRawValue
        String before,
    @Schema(type = SchemaType.OBJECT, description = "What it became (a summary).") @JsonRawValue
        String after,
    String requestId) {}
