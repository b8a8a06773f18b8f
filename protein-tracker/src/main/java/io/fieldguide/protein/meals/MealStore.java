package io.fieldguide.protein.meals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.fieldguide.protein.activity.ActivityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A user's meals. Every statement is scoped by user_id, so another user's meal id is simply not
 * found (404, never 403: ids are not confirmed to exist). Each write is one transaction with its
 * activity-log entry; the guide's per-row trigger keeps the day's summary right. The day is the
 * meal's date in the profile's time zone (UTC without a profile), computed by PostgreSQL.
 */
@ApplicationScoped
public class MealStore {

    private static final String MEAL_DAY =
            "(?::timestamptz AT TIME ZONE coalesce((SELECT timezone FROM user_profiles WHERE user_id = ?), 'UTC'))::date";

    private final DataSource dataSource;
    private final ObjectMapper json;

    MealStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Meals by time, newest first, optionally within days {@code from} to {@code to} (inclusive). */
    public List<Meal> list(String userId, LocalDate from, LocalDate to, int page, int size) {
        return query(
                "SELECT " + Meal.COLUMNS + " FROM meal_entries WHERE user_id = ?"
                        + " AND (?::date IS NULL OR meal_date >= ?::date) AND (?::date IS NULL OR meal_date <= ?::date)"
                        + " ORDER BY meal_timestamp DESC, id DESC LIMIT ? OFFSET ?",
                userId,
                from,
                from,
                to,
                to,
                size,
                (long) page * size);
    }

    public Meal get(String userId, long id) {
        List<Meal> meals =
                query("SELECT " + Meal.COLUMNS + " FROM meal_entries WHERE user_id = ? AND id = ?", userId, id);
        return meals.stream().findFirst().orElseThrow(() -> notFound(id));
    }

    @Transactional
    public Meal create(String userId, MealInput input) {
        Meal meal = query(
                        "INSERT INTO meal_entries (user_id, description, protein_grams, calories, meal_type,"
                                + " meal_timestamp, meal_date) VALUES (?, ?, ?, ?, ?, ?::timestamptz, " + MEAL_DAY
                                + ") RETURNING " + Meal.COLUMNS,
                        userId,
                        input.description().trim(),
                        input.proteinGrams(),
                        input.calories(),
                        input.mealType(),
                        input.mealTimestamp().toString(),
                        input.mealTimestamp().toString(),
                        userId)
                .get(0);
        log(userId, "create", meal);
        return meal;
    }

    @Transactional
    public Meal replace(String userId, long id, MealInput input) {
        Meal meal = query(
                        "UPDATE meal_entries SET description = ?, protein_grams = ?, calories = ?, meal_type = ?,"
                                + " meal_timestamp = ?::timestamptz, meal_date = " + MEAL_DAY + ", updated_at = now()"
                                + " WHERE user_id = ? AND id = ? RETURNING " + Meal.COLUMNS,
                        input.description().trim(),
                        input.proteinGrams(),
                        input.calories(),
                        input.mealType(),
                        input.mealTimestamp().toString(),
                        input.mealTimestamp().toString(),
                        userId,
                        userId,
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> notFound(id));
        log(userId, "update", meal);
        return meal;
    }

    @Transactional
    public void delete(String userId, long id) {
        Meal meal =
                query("DELETE FROM meal_entries WHERE user_id = ? AND id = ? RETURNING " + Meal.COLUMNS, userId, id)
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> notFound(id));
        log(userId, "delete", meal);
    }

    private void log(String userId, String action, Meal meal) {
        try (Connection connection = dataSource.getConnection()) {
            ActivityLog.record(
                    connection,
                    userId,
                    action,
                    "meal",
                    Long.toString(meal.id()),
                    json.writeValueAsString(Map.of(
                            "description", meal.description(),
                            "proteinGrams", meal.proteinGrams(),
                            "mealDate", meal.mealDate().toString())));
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not log the change of meal " + meal.id(), e);
        }
    }

    private static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("You have no meal " + id);
    }

    private List<Meal> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Meal> meals = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    meals.add(Meal.of(rows));
                }
            }
            return meals;
        } catch (SQLException e) {
            throw new IllegalStateException("Meal query failed", e);
        }
    }
}
