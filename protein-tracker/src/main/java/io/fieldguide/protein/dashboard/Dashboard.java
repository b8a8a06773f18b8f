package io.fieldguide.protein.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every day of a range with the day's totals against the profile's goals. */
@Schema(description = "A range of days with goals and totals")
public record Dashboard(
        LocalDate from,
        LocalDate to,
        @Schema(nullable = true) BigDecimal dailyProteinGoal,
        @Schema(nullable = true) BigDecimal dailyCalorieGoal,
        BigDecimal totalProteinGrams,
        BigDecimal totalCalories,
        long totalMeals,
        @Schema(description = "days whose protein reached the goal (0 without a goal)") int daysGoalMet,
        List<Day> days) {

    /** A day without meals has zeros. */
    public record Day(LocalDate date, BigDecimal proteinGrams, BigDecimal calories, long meals, boolean goalMet) {}
}
