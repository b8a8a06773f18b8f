package io.fieldguide.protein.profile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** My settings (user_profiles): what the web app kept in localStorage userSettings. */
@Schema(description = "My goals, body measurements, time zone and theme")
public record Settings(
        @Schema(nullable = true, examples = "120.0") BigDecimal dailyProteinGoal,
        @Schema(nullable = true, examples = "2200.0") BigDecimal dailyCalorieGoal,
        @Schema(nullable = true, examples = "68.5") BigDecimal weightKg,
        @Schema(nullable = true, examples = "172.0") BigDecimal heightCm,
        @Schema(nullable = true, examples = "moderate") String activityLevel,
        @Schema(examples = "Europe/Lisbon", description = "IANA zone: the day a new meal belongs to; UTC until set")
                String timezone,
        @Schema(nullable = true, examples = "dark") String theme,
        @Schema(nullable = true, description = "null while nothing was ever saved") Instant updatedAt) {

    static final String COLUMNS =
            "daily_protein_goal, daily_calorie_goal, weight_kg, height_cm, activity_level, timezone, theme, updated_at";

    /** What a user who never saved settings sees: the table's defaults. */
    static final Settings DEFAULTS = new Settings(null, null, null, null, null, "UTC", null, null);

    static Settings of(ResultSet row) throws SQLException {
        return new Settings(
                row.getBigDecimal("daily_protein_goal"),
                row.getBigDecimal("daily_calorie_goal"),
                row.getBigDecimal("weight_kg"),
                row.getBigDecimal("height_cm"),
                row.getString("activity_level"),
                row.getString("timezone"),
                row.getString("theme"),
                row.getTimestamp("updated_at").toInstant());
    }
}
