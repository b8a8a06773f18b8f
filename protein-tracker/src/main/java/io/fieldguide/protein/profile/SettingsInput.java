package io.fieldguide.protein.profile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * All my settings (PUT replaces them: a missing goal clears it). The ranges are the table's CHECK
 * constraints and the import's, so the API refuses with a reason what the database would refuse.
 */
@Schema(description = "My settings to save")
public record SettingsInput(
        @Schema(nullable = true, examples = "120")
                @DecimalMin("0")
                @DecimalMax("1000")
                @Digits(integer = 4, fraction = 1)
                BigDecimal dailyProteinGoal,
        @Schema(nullable = true, examples = "2200")
                @DecimalMin("0")
                @DecimalMax("20000")
                @Digits(integer = 5, fraction = 1)
                BigDecimal dailyCalorieGoal,
        @Schema(nullable = true, examples = "68.5")
                @DecimalMin("0")
                @DecimalMax("1000")
                @Digits(integer = 4, fraction = 1)
                BigDecimal weightKg,
        @Schema(nullable = true, examples = "172")
                @DecimalMin("0")
                @DecimalMax("300")
                @Digits(integer = 3, fraction = 1)
                BigDecimal heightCm,
        @Schema(nullable = true, examples = "moderate") @Size(max = 40) String activityLevel,
        @Schema(examples = "Europe/Lisbon", description = "an IANA time zone") @NotBlank @Size(max = 64) @TimeZoneId
                String timezone,
        @Schema(nullable = true, examples = "dark") @Size(max = 40) String theme) {}
