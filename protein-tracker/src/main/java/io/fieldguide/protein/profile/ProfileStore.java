package io.fieldguide.protein.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.protein.activity.ActivityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The caller's account (users) and settings (user_profiles), each read and written by the caller's
 * own id only. A write that changes something is one transaction with its activity-log entry; a
 * write of the values already stored changes nothing and logs nothing (the statements' {@code IS
 * DISTINCT FROM}), as the import does.
 */
@ApplicationScoped
public class ProfileStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final ObjectMapper json;

    ProfileStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Profile profile(String userId) {
        return read("SELECT " + Profile.COLUMNS + " FROM users WHERE id = ?", userId, Profile::of)
                .orElseThrow(() -> new IllegalStateException("No account " + userId));
    }

    /** 409 when another account has the username (the unique constraint decides). */
    @Transactional
    public Profile replaceProfile(String userId, ProfileInput input) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE users SET (username, first_name, last_name, avatar, has_completed_onboarding) ="
                                + " (?, ?, ?, ?, ?), updated_at = now() WHERE id = ? AND (username, first_name,"
                                + " last_name, avatar, has_completed_onboarding) IS DISTINCT FROM (?, ?, ?, ?, ?)")) {
            Object[] values = {
                input.username(),
                blankToNull(input.firstName()),
                blankToNull(input.lastName()),
                blankToNull(input.avatar()),
                input.hasCompletedOnboarding()
            };
            bind(update, 1, values);
            update.setString(6, userId);
            bind(update, 7, values);
            if (update.executeUpdate() > 0) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("username", values[0]);
                details.put("firstName", values[1]);
                details.put("lastName", values[2]);
                details.put("avatar", values[3]);
                details.put("hasCompletedOnboarding", values[4]);
                log(connection, userId, "profile", details);
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new RefusedException("username", "The username " + input.username() + " is taken");
            }
            throw new IllegalStateException("Could not save the profile of " + userId, e);
        }
        return profile(userId);
    }

    /** The saved settings, or the defaults while none were saved (a user the old release created has no row). */
    public Settings settings(String userId) {
        return read("SELECT " + Settings.COLUMNS + " FROM user_profiles WHERE user_id = ?", userId, Settings::of)
                .orElse(Settings.DEFAULTS);
    }

    /**
     * Creates the row or replaces its values. A new time zone applies to meals written from now on:
     * a meal keeps the day it was written in (meal_date), so history does not move between days.
     */
    @Transactional
    public Settings replaceSettings(String userId, SettingsInput input) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "INSERT INTO user_profiles (user_id, daily_protein_goal, daily_calorie_goal, weight_kg,"
                                + " height_cm, activity_level, timezone, theme) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (user_id) DO UPDATE SET (daily_protein_goal, daily_calorie_goal,"
                                + " weight_kg, height_cm, activity_level, timezone, theme, updated_at) ="
                                + " (excluded.daily_protein_goal, excluded.daily_calorie_goal, excluded.weight_kg,"
                                + " excluded.height_cm, excluded.activity_level, excluded.timezone, excluded.theme,"
                                + " now()) WHERE (user_profiles.daily_protein_goal, user_profiles.daily_calorie_goal,"
                                + " user_profiles.weight_kg, user_profiles.height_cm, user_profiles.activity_level,"
                                + " user_profiles.timezone, user_profiles.theme) IS DISTINCT FROM"
                                + " (excluded.daily_protein_goal, excluded.daily_calorie_goal, excluded.weight_kg,"
                                + " excluded.height_cm, excluded.activity_level, excluded.timezone, excluded.theme)")) {
            upsert.setString(1, userId);
            bind(
                    upsert,
                    2,
                    input.dailyProteinGoal(),
                    input.dailyCalorieGoal(),
                    input.weightKg(),
                    input.heightCm(),
                    blankToNull(input.activityLevel()),
                    input.timezone(),
                    blankToNull(input.theme()));
            if (upsert.executeUpdate() > 0) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("dailyProteinGoal", input.dailyProteinGoal());
                details.put("dailyCalorieGoal", input.dailyCalorieGoal());
                details.put("weightKg", input.weightKg());
                details.put("heightCm", input.heightCm());
                details.put("activityLevel", blankToNull(input.activityLevel()));
                details.put("timezone", input.timezone());
                details.put("theme", blankToNull(input.theme()));
                log(connection, userId, "settings", details);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the settings of " + userId, e);
        }
        return settings(userId);
    }

    private void log(Connection connection, String userId, String entityType, Map<String, Object> details)
            throws SQLException {
        try {
            ActivityLog.record(connection, userId, "update", entityType, userId, json.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not log the change of " + entityType, e);
        }
    }

    private static void bind(PreparedStatement statement, int first, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(first + i, values[i]);
        }
    }

    /** An empty name or address is no name: stored as null, shown as null. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> read(String sql, String userId, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the account of " + userId, e);
        }
    }
}
