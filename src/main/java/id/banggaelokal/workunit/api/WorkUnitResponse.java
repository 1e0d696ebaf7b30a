package id.banggaelokal.workunit.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkUnit", description = "A work unit (OPD) of the city.")
public record WorkUnitResponse(
    @Schema(description = "Id.", example = "51", required = true) long id,
    @Schema(description = "Unique short code.", example = "DISKOMINFO", required = true)
        String code,
    @Schema(
            description = "Full name.",
            example = "Dinas Komunikasi dan Informatika",
            required = true)
        String name,
    @Schema(description = "Postal address.", example = "Jl. Panglima Sudirman No. 507, Batu")
        String address,
    @Schema(description = "Where its notifications go.") String email,
    @Schema(description = "Whether its staff can act.", example = "true", required = true)
        boolean active,
    @Schema(description = "Version, for If-Match.", example = "0", required = true) long version,
    @Schema(description = "When it was created.", required = true) OffsetDateTime createdAt,
    @Schema(description = "When it last changed.", required = true) OffsetDateTime updatedAt) {}
