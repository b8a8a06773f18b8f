package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldguide.protein.imports.ImportPlan.PlannedSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * userSettings into the profile. A field that is not valid is left out with a note (the profile
 * keeps its value); the time zone decides how times without an offset are read, so an invalid one
 * falls back to the profile's.
 */
final class SettingsReader {

    static final String RECORD = "userSettings";
    private static final BigDecimal POUND_IN_KG = new BigDecimal("0.45359237");

    record Read(ZoneId zone, PlannedSettings planned, RecordOutcome rejection) {}

    private SettingsReader() {}

    static Read read(JsonNode settings, ZoneId profileZone) {
        if (settings == null || settings.isNull()) {
            return new Read(profileZone, null, null);
        }
        if (!settings.isObject()) {
            return new Read(profileZone, null, RecordOutcome.rejected(RECORD, null, "not an object"));
        }
        List<String> notes = new ArrayList<>();
        BigDecimal proteinGoal = number(settings, "dailyProteinGoal", new BigDecimal("1000"), notes);
        BigDecimal calorieGoal = number(settings, "dailyCalorieGoal", new BigDecimal("20000"), notes);
        BigDecimal weight = number(settings, "weight", new BigDecimal("1000"), notes);
        String unit = settings.path("weightUnit").asText("kg").trim().toLowerCase(Locale.ROOT);
        if (weight != null && (unit.equals("lb") || unit.equals("lbs"))) {
            weight = weight.multiply(POUND_IN_KG).setScale(1, RoundingMode.HALF_UP);
            notes.add("weight converted from lb to kg");
        } else if (weight != null && !unit.equals("kg")) {
            notes.add("weight left out: unknown weightUnit " + Shown.of(settings.get("weightUnit")));
            weight = null;
        }
        BigDecimal height = number(settings, "height", new BigDecimal("300"), notes);
        String activity = shortText(settings, "activityLevel", notes);
        String theme = shortText(settings, "theme", notes);
        ZoneId zone = profileZone;
        String timezone = null;
        JsonNode zoneValue = settings.get("timezone");
        if (zoneValue != null && !zoneValue.isNull()) {
            try {
                zone = ZoneId.of(zoneValue.asText().trim());
                timezone = zone.getId();
            } catch (DateTimeException e) {
                notes.add("timezone " + Shown.of(zoneValue) + " unknown: times without an offset read in "
                        + profileZone.getId());
            }
        }
        PlannedSettings planned =
                new PlannedSettings(RECORD, proteinGoal, calorieGoal, weight, height, activity, timezone, theme, notes);
        return new Read(zone, planned, null);
    }

    private static BigDecimal number(JsonNode settings, String field, BigDecimal max, List<String> notes) {
        try {
            return LenientNumbers.optional(settings.get(field), field, max);
        } catch (IllegalArgumentException e) {
            notes.add(field + " left out: " + e.getMessage());
            return null;
        }
    }

    private static String shortText(JsonNode settings, String field, List<String> notes) {
        JsonNode value = settings.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = CleanText.clean(value.asText());
        if (text.isEmpty() || text.length() > 40) {
            notes.add(field + " left out: empty or longer than 40 characters");
            return null;
        }
        return text;
    }
}
