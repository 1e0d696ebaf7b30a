package id.banggaelokal.platform.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the audit log, newest first, with the cursor of the next (older) page. */
@Schema(name = "AuditPage")
public record AuditPage(
    @Schema(required = true) List<AuditRecord> items,
    @Schema(description = "Pass as cursor for the next page; absent on the last page.")
        String nextCursor) {}
