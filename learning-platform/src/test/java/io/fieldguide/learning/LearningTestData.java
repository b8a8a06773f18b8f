package io.fieldguide.learning;

import io.fieldguide.migration.testing.DatabaseReset;
import javax.sql.DataSource;

/** Learners, items and their attempts, written with SQL as any writer of the database would. */
public final class LearningTestData {

    private LearningTestData() {}

    public static void reset(DataSource dataSource) {
        DatabaseReset.execute(dataSource, "TRUNCATE users, items, attempts CASCADE");
    }

    /**
     * {@code learners} learners (learner1@example.org, ...) and {@code items} items, each learner
     * having answered each item once this year, correctly on every other item.
     */
    static void insertLearnersItemsAndAttempts(DataSource dataSource, int learners, int items) {
        DatabaseReset.execute(
                dataSource,
                """
                INSERT INTO users (email, display_name, country_code)
                SELECT 'learner' || n || '@example.org', 'Learner ' || n, 'PT' FROM generate_series(1, %d) n;
                INSERT INTO items (kind, topic, prompt, answer, difficulty)
                SELECT 'short_answer', 'arithmetic', n || ' + ' || n || ' = ?', (2 * n)::text, (n - 3) / 2.0
                FROM generate_series(1, %d) n;
                INSERT INTO attempts (user_id, item_id, correct, response_time_ms, attempted_at)
                SELECT u.id, i.id, i.id %% 2 = 0, 1000 + i.id, date_trunc('year', now()) + i.id * interval '1 hour'
                FROM users u CROSS JOIN items i;"""
                        .formatted(learners, items));
    }
}
