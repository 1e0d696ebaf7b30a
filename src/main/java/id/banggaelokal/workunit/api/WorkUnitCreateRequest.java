package id.banggaelokal.workunit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkUnitCreateRequest", description = "A new work unit (OPD).")
public record WorkUnitCreateRequest(
    @Schema(
            description = "Short code, unique; the work_unit claim of its staff's tokens.",
            example = "DISKOMINFO",
            required = true,
            pattern = WorkUnitFields.CODE_PATTERN)
        @NotBlank
        @Pattern(regexp = WorkUnitFields.CODE_PATTERN, message = "{workunit.code.format}")
        String code,
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
        String address,
    @Schema(
            description = "The work unit's procurement mailbox: where its notifications go.",
            example = "pengadaan@diskominfo.batukota.go.id",
            maxLength = 254)
        @Size(max = 254)
        @jakarta.validation.constraints.Email
        String email) {}
