package id.banggaelokal.workunit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "WorkUnitUpdateRequest",
    description = "New name and address of a work unit. The code never changes.")
public record WorkUnitUpdateRequest(
    @Schema(
            description = "Full name.",
            example = "Dinas Komunikasi dan Informatika",
            required = true,
            maxLength = WorkUnitFields.NAME_MAX)
        @NotBlank
        @Size(max = WorkUnitFields.NAME_MAX)
        String name,
    @Schema(
            description = "Postal address.",
            example = "Jl. Panglima Sudirman No. 507, Batu",
            maxLength = WorkUnitFields.ADDRESS_MAX)
        @Size(max = WorkUnitFields.ADDRESS_MAX)
        String address) {}
