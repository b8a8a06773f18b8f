package io.fieldguide.it.protein;

import io.fieldguide.migration.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The baseline: the same users, profiles and meals written with nothing but JDBC batches
 * ({@code addBatch}/{@code executeBatch}, pgjdbc's {@code reWriteBatchedInserts} turning them into
 * multi-row INSERTs), committed every {@code usersPerCommit} users, as the bulk import commits
 * every batch of lines. Summaries are kept the way the import keeps them (set-based statement
 * triggers), so both paths end with the same rows in the same tables.
 */
final class PlainBatchInsert {

    private PlainBatchInsert() {}

    /**
     * With {@code withSummaries} false the session runs as a replica ({@code session_replication_role}),
     * which switches off every trigger, foreign-key checks included: the raw cost of the rows, a floor
     * for any path that keeps summaries.
     */
    static void run(TestDatabase database, MealHistory history, int usersPerCommit, boolean withSummaries)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.username());
        properties.setProperty("password", database.password());
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties)) {
            try (Statement session = connection.createStatement()) {
                session.execute(
                        withSummaries
                                ? "SET protein.daily_summaries = 'set-based'"
                                : "SET session_replication_role = replica");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement users = connection.prepareStatement(
                            "INSERT INTO users (id, email, username, password) VALUES (?, ?, ?, '!bench')");
                    PreparedStatement profiles = connection.prepareStatement(
                            "INSERT INTO user_profiles (user_id, timezone, daily_protein_goal, daily_calorie_goal)"
                                    + " VALUES (?, ?, ?, ?)");
                    PreparedStatement meals = connection.prepareStatement(
                            "INSERT INTO meal_entries (user_id, source_id, description, protein_grams, calories,"
                                    + " meal_type, meal_timestamp, meal_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int from = 0; from < history.users(); from += usersPerCommit) {
                    int to = Math.min(history.users(), from + usersPerCommit);
                    for (int user = from; user < to; user++) {
                        String id = "bench" + user;
                        users.setString(1, id);
                        users.setString(2, history.email(user));
                        users.setString(3, history.username(user));
                        users.addBatch();
                        profiles.setString(1, id);
                        profiles.setString(2, MealHistory.ZONE.getId());
                        profiles.setBigDecimal(3, MealHistory.PROTEIN_GOAL);
                        profiles.setBigDecimal(4, MealHistory.CALORIE_GOAL);
                        profiles.addBatch();
                        for (int meal = 0; meal < history.mealsPerUser(); meal++) {
                            meals.setString(1, id);
                            meals.setString(2, history.sourceId(meal));
                            meals.setString(3, history.description(user, meal));
                            meals.setBigDecimal(4, history.protein(user, meal));
                            meals.setBigDecimal(5, history.calories(user, meal));
                            meals.setString(6, history.mealType(meal));
                            meals.setObject(7, history.time(user, meal).atOffset(ZoneOffset.UTC));
                            meals.setObject(8, history.day(user, meal));
                            meals.addBatch();
                        }
                    }
                    users.executeBatch();
                    profiles.executeBatch();
                    meals.executeBatch();
                    connection.commit();
                }
            }
        }
    }
}
