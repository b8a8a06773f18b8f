package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One user's localStorage as the DynProt web app exported it. The records inside meals,
 * favoriteMeals and userSettings are read leniently, one by one (numbers as strings, several time
 * forms, messy text): a bad record is rejected in the report with its reason, not the whole export.
 */
@Schema(description = "One user's localStorage export (see the module README for the rules)")
public record LocalStorageExport(
        @Size(max = 64) String exportedAt,
        @Size(max = 64) String appVersion,
        @Valid ExportUser user,
        @Schema(
                        type = SchemaType.OBJECT,
                        description = "dailyProteinGoal, dailyCalorieGoal, weight, weightUnit (kg or lb), height (cm),"
                                + " activityLevel, timezone (IANA), theme")
                JsonNode userSettings,
        @NotNull
                @Size(max = 50_000)
                @Schema(
                        description = "Meal records: id, description, protein, calories, timestamp,"
                                + " mealType, aiAnalysis")
                List<JsonNode> meals,
        @Size(max = 10_000) @Schema(description = "Favourite records: id, name, protein, calories, mealId")
                List<JsonNode> favoriteMeals) {

    /** Who exported it; informational for POST /api/me/import (the caller is the owner). */
    public record ExportUser(@Size(max = 320) String email, @Size(max = 64) String username) {}

    public List<JsonNode> favoriteMealsOrEmpty() {
        return favoriteMeals == null ? List.of() : favoriteMeals;
    }
}
