package id.banggaelokal.setting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Settings", description = "Every setting: today's value and its history.")
public record SettingsResponse(
    @Schema(required = true, description = "The city's date these values are for.") LocalDate on,
    @Schema(required = true) List<Setting> settings,
    @Schema(required = true, description = "Version of the settings as a whole, for If-Match.")
        long version) {

  @Schema(name = "Setting")
  public record Setting(
      @Schema(required = true) SettingKey key,
      @Schema(required = true, description = "The value in effect today.") BigDecimal value,
      @Schema(required = true) LocalDate effectiveFrom,
      @Schema(required = true, description = "Every value with its date, newest first.")
          List<Value> history) {}

  @Schema(name = "SettingValue")
  public record Value(
      @Schema(required = true) BigDecimal value,
      @Schema(required = true) LocalDate effectiveFrom,
      @Schema(required = true) String changedBy,
      @Schema(required = true) OffsetDateTime changedAt) {}
}
