package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An export read and cleaned, before anything is written: the records to write, and the outcomes
 * already decided (merged, rejected). Whether a record to write is imported or was already
 * imported is known only once written.
 */
record ImportPlan(
        ZoneId zone,
        List<PlannedMeal> meals,
        List<PlannedFavorite> favorites,
        PlannedSettings settings,
        List<RecordOutcome> decided) {

    record PlannedMeal(
            String record,
            String sourceId,
            String description,
            BigDecimal protein,
            BigDecimal calories,
            String mealType,
            Instant time,
            LocalDate day,
            BigDecimal analysisConfidence,
            JsonNode analysisFoods,
            List<String> notes) {

        boolean hasAnalysis() {
            return analysisFoods != null;
        }
    }

    /** @param mealSourceId the meal it points at, after following merges; may be missing from the database */
    record PlannedFavorite(
            String record,
            String sourceId,
            String name,
            BigDecimal protein,
            BigDecimal calories,
            String mealSourceId,
            List<String> notes) {}

    /** Null fields were absent or rejected: the profile keeps its value. */
    record PlannedSettings(
            String record,
            BigDecimal proteinGoal,
            BigDecimal calorieGoal,
            BigDecimal weightKg,
            BigDecimal heightCm,
            String activityLevel,
            String timezone,
            String theme,
            List<String> notes) {}
}
