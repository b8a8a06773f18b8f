package io.fieldguide.protein.meals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a meal belongs to: its date on the user's wall clock, not in UTC. A meal at 23:50 in
 * Lisbon is that Lisbon day's, whatever the offset that day (WET or WEST). Stored with the meal
 * (meal_entries.meal_date) so that daily summaries group by it and a later change of the user's time
 * zone does not move history to other days.
 */
public final class MealDay {

    private MealDay() {}

    public static LocalDate of(Instant mealTime, ZoneId userZone) {
        return LocalDate.ofInstant(mealTime, userZone);
    }
}
