package io.fieldguide.protein.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.protein.meals.MealDay;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's per-row trigger and the set-based recompute used by bulk writes give the same daily
 * summaries, and both equal the sums recomputed from scratch by local day, for a Lisbon user whose
 * meals straddle both DST changes of 2024 (31 March 01:00 UTC, 27 October 01:00 UTC).
 */
@QuarkusTest
class DailySummaryPathsTest {

    private static final String USER = "cklisbon0000000000000001";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void oneLisbonUser() {
        DatabaseReset.execute(
                dataSource,
                "DELETE FROM users; INSERT INTO users (id, email, username, password) VALUES ('" + USER
                        + "', 'lisbon@example.com', 'lisbon', 'x'); INSERT INTO user_profiles (user_id, timezone) VALUES ('"
                        + USER + "', 'Europe/Lisbon')");
    }

    @Test
    void rowAndSetBasedPathsGiveTheSameSumsAcrossDstChanges() throws SQLException {
        List<Meal> meals = mealsAroundDstChanges();

        // Row path: single writes, each its own statement and transaction, as the app writes them.
        try (Connection connection = dataSource.getConnection()) {
            for (Meal meal : meals) {
                insert(connection, List.of(meal));
            }
            update(connection, "UPDATE meal_entries SET protein_grams = protein_grams + 1 WHERE source_id = 'm3'");
            moveMeal(connection, "m4", Instant.parse("2024-10-27T23:30:00Z"));
            update(connection, "DELETE FROM meal_entries WHERE source_id IN ('m5', 'm9')");
        }
        String rowPath = summaries();
        assertEquals(recomputedByLocalDay(), rowPath);

        // Set-based path: the same history written by bulk statements, one transaction.
        update(dataSource, "DELETE FROM meal_entries");
        assertEquals("", summaries());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL track_functions = 'pl'");
                statement.execute("SET LOCAL protein.daily_summaries = 'set-based'");
            }
            insert(connection, meals);
            update(connection, "UPDATE meal_entries SET protein_grams = protein_grams + 1 WHERE source_id = 'm3'");
            moveMeal(connection, "m4", Instant.parse("2024-10-27T23:30:00Z"));
            update(connection, "DELETE FROM meal_entries WHERE source_id IN ('m5', 'm9')");
            assertEquals(0, callsInThisTransaction(connection, "trigger_update_daily_summary"));
            assertEquals(4, callsInThisTransaction(connection, "trigger_recompute_daily_summaries"));
            connection.commit();
        }
        assertEquals(rowPath, summaries());
    }

    @Test
    void aMealAt2350InLisbonBelongsToThatLisbonDay() {
        assertEquals(LocalDate.parse("2024-03-02"), MealDay.of(Instant.parse("2024-03-02T23:50:00Z"), LISBON));
        // Summer time: 23:50 local is 22:50 UTC; 23:30 UTC is already the next day.
        assertEquals(LocalDate.parse("2024-07-01"), MealDay.of(Instant.parse("2024-07-01T22:50:00Z"), LISBON));
        assertEquals(LocalDate.parse("2024-07-02"), MealDay.of(Instant.parse("2024-07-01T23:30:00Z"), LISBON));
    }

    private record Meal(String sourceId, Instant time, BigDecimal protein, BigDecimal calories) {}

    /** Meals around midnight on the days either side of both changes, where UTC and Lisbon days differ. */
    private static List<Meal> mealsAroundDstChanges() {
        String[] times = {
            "2024-03-30T23:50:00Z", "2024-03-31T00:30:00Z", "2024-03-31T00:59:00Z", "2024-03-31T01:30:00Z",
            "2024-03-31T22:50:00Z", "2024-03-31T23:10:00Z", "2024-04-01T12:00:00Z", "2024-10-26T22:50:00Z",
            "2024-10-26T23:30:00Z", "2024-10-27T00:30:00Z", "2024-10-27T01:30:00Z", "2024-10-27T23:10:00Z",
            "2024-10-27T23:59:59Z", "2024-10-28T00:00:00Z"
        };
        List<Meal> meals = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            meals.add(new Meal(
                    "m" + i,
                    Instant.parse(times[i]),
                    new BigDecimal(10 + i + ".5"),
                    i % 4 == 0 ? null : BigDecimal.valueOf(100L * i)));
        }
        return meals;
    }

    private static void insert(Connection connection, List<Meal> meals) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO meal_entries (user_id, source_id, description, protein_grams, calories, meal_timestamp, meal_date) VALUES ");
        for (int i = 0; i < meals.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, 'meal', ?, ?, ?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Meal meal : meals) {
                insert.setString(p++, USER);
                insert.setString(p++, meal.sourceId());
                insert.setBigDecimal(p++, meal.protein());
                insert.setBigDecimal(p++, meal.calories());
                insert.setTimestamp(p++, Timestamp.from(meal.time()));
                insert.setObject(p++, MealDay.of(meal.time(), LISBON));
            }
            insert.executeUpdate();
        }
    }

    private static void moveMeal(Connection connection, String sourceId, Instant to) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE meal_entries SET meal_timestamp = ?, meal_date = ? WHERE source_id = ?")) {
            move.setTimestamp(1, Timestamp.from(to));
            move.setObject(2, MealDay.of(to, LISBON));
            move.setString(3, sourceId);
            move.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static void update(DataSource dataSource, String sql) {
        DatabaseReset.execute(dataSource, sql);
    }

    private static long callsInThisTransaction(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet calls = statement.executeQuery(
                        "SELECT coalesce(pg_stat_get_xact_function_calls('" + function + "'::regproc), 0)")) {
            calls.next();
            return calls.getLong(1);
        }
    }

    private String summaries() {
        return query("SELECT coalesce(string_agg(summary_date || ' ' || total_protein_grams || ' ' || total_calories"
                + " || ' ' || meal_count, '; ' ORDER BY summary_date), '') FROM daily_summaries");
    }

    /** Independent of meal_date and of the triggers: the Lisbon day computed by PostgreSQL's time zone rules. */
    private String recomputedByLocalDay() {
        return query("SELECT coalesce(string_agg(d || ' ' || p || ' ' || c || ' ' || n, '; ' ORDER BY d), '') FROM ("
                + " SELECT (meal_timestamp AT TIME ZONE 'Europe/Lisbon')::date AS d, sum(protein_grams)::numeric(9, 1) AS p,"
                + " coalesce(sum(calories), 0)::numeric(10, 1) AS c, count(*) AS n FROM meal_entries GROUP BY 1) days");
    }

    private String query(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
