package id.banggaelokal.setting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SettingsUpdate",
    description =
        "New values taking effect on a day (today or later: the past is what invoices used).")
public record SettingsUpdate(
    @Schema(required = true) @NotEmpty @Size(max = 20) List<@Valid @NotNull Change> changes) {

  @Schema(name = "SettingChange")
  public record Change(
      @Schema(required = true) @NotNull SettingKey key,
      @Schema(required = true, example = "250000000") @NotNull @Digits(integer = 16, fraction = 6)
          BigDecimal value,
      @Schema(required = true, example = "2027-01-01") @NotNull LocalDate effectiveFrom) {}
}
