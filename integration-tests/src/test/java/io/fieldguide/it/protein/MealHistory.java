package io.fieldguide.it.protein;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The benchmark's data, generated the same way for every path so that each writes the same rows:
 * {@code users} users in Lisbon, each with {@code mealsPerUser} meals spread over 2025 (about one
 * every 3.6 days at 100 meals, so a year's dashboard has a summary on most of its weeks' days).
 */
record MealHistory(int users, int mealsPerUser) {

    static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
    static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    static final BigDecimal PROTEIN_GOAL = new BigDecimal("120.0");
    static final BigDecimal CALORIE_GOAL = new BigDecimal("2200.0");

    private static final String[] FOODS = {
        "Chicken breast, rice and broccoli", "Greek yoghurt with oats", "Tuna salad", "Eggs on toast",
        "Protein shake", "Lentil soup", "Salmon and potatoes", "Cottage cheese and fruit"
    };
    private static final String[] TYPES = {"breakfast", "lunch", "dinner", "snack"};
    private static final long YEAR_START_MILLIS =
            YEAR_START.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli();

    long meals() {
        return (long) users * mealsPerUser;
    }

    String email(int user) {
        return String.format("user%05d@bench.example", user);
    }

    String username(int user) {
        return String.format("user%05d", user);
    }

    String sourceId(int meal) {
        return String.format("m_%03d", meal);
    }

    String description(int user, int meal) {
        return FOODS[(user + meal) % FOODS.length] + " #" + meal;
    }

    BigDecimal protein(int user, int meal) {
        return new BigDecimal((10 + (user * 7 + meal) % 60) + "." + meal % 10);
    }

    BigDecimal calories(int user, int meal) {
        return new BigDecimal(200 + (user + meal * 13) % 600);
    }

    String mealType(int meal) {
        return TYPES[meal % TYPES.length];
    }

    /** Spread evenly over the year, at an hour that differs by user (some late enough to be tomorrow in UTC). */
    Instant time(int user, int meal) {
        long spacingHours = 365L * 24 / mealsPerUser;
        return Instant.ofEpochMilli(YEAR_START_MILLIS + (meal * spacingHours + 6 + user % 18) * 3_600_000L);
    }

    LocalDate day(int user, int meal) {
        return LocalDate.ofInstant(time(user, meal), ZONE);
    }

    /** One user's export, one NDJSON line, in the web app's format (numbers as JSON numbers, epoch ms). */
    String exportLine(int user) {
        StringBuilder line = new StringBuilder(160 * mealsPerUser);
        line.append("{\"exportedAt\": \"2026-01-01T00:00:00Z\", \"appVersion\": \"2.4.1\", \"user\": {\"email\": \"")
                .append(email(user))
                .append("\", \"username\": \"")
                .append(username(user))
                .append("\"}, \"userSettings\": {\"timezone\": \"")
                .append(ZONE.getId())
                .append("\", \"dailyProteinGoal\": ")
                .append(PROTEIN_GOAL)
                .append(", \"dailyCalorieGoal\": ")
                .append(CALORIE_GOAL)
                .append("}, \"meals\": [");
        for (int meal = 0; meal < mealsPerUser; meal++) {
            line.append(meal == 0 ? "" : ", ")
                    .append("{\"id\": \"")
                    .append(sourceId(meal))
                    .append("\", \"description\": \"")
                    .append(description(user, meal))
                    .append("\", \"protein\": ")
                    .append(protein(user, meal))
                    .append(", \"calories\": ")
                    .append(calories(user, meal))
                    .append(", \"timestamp\": ")
                    .append(time(user, meal).toEpochMilli())
                    .append(", \"mealType\": \"")
                    .append(mealType(meal))
                    .append("\"}");
        }
        return line.append("], \"favoriteMeals\": []}\n").toString();
    }

    /** Users {@code from} (inclusive) to {@code to} (exclusive) as one NDJSON file. */
    String ndjson(int from, int to) {
        StringBuilder file = new StringBuilder();
        for (int user = from; user < to; user++) {
            file.append(exportLine(user));
        }
        return file.toString();
    }
}
