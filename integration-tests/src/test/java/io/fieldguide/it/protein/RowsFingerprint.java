package io.fieldguide.it.protein;

import io.fieldguide.migration.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a path wrote, by value and independent of generated ids: count and an order-free sum of a
 * 64-bit hash of every meal, profile and daily summary, each keyed by the user's e-mail. Two paths
 * that wrote the same rows have the same fingerprint.
 */
record RowsFingerprint(String meals, String profiles, String summaries) {

    private static final String MEALS =
            """
            SELECT count(*) || ':' || coalesce(sum(hashtextextended(concat_ws('|', u.email, m.source_id, m.description,
                m.protein_grams, m.calories, m.meal_type, extract(epoch FROM m.meal_timestamp), m.meal_date), 0)::numeric), 0)
            FROM meal_entries m JOIN users u ON u.id = m.user_id""";
    private static final String PROFILES =
            """
            SELECT count(*) || ':' || coalesce(sum(hashtextextended(concat_ws('|', u.email, p.timezone,
                p.daily_protein_goal, p.daily_calorie_goal), 0)::numeric), 0)
            FROM user_profiles p JOIN users u ON u.id = p.user_id""";
    private static final String SUMMARIES =
            """
            SELECT count(*) || ':' || coalesce(sum(hashtextextended(concat_ws('|', u.email, s.summary_date,
                s.total_protein_grams, s.total_calories, s.meal_count), 0)::numeric), 0)
            FROM daily_summaries s JOIN users u ON u.id = s.user_id""";

    static RowsFingerprint of(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            return new RowsFingerprint(text(sql, MEALS), text(sql, PROFILES), text(sql, SUMMARIES));
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
