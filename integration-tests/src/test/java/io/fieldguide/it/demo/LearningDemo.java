package io.fieldguide.it.demo;

import java.sql.SQLException;
import java.util.List;

/**
 * learning-platform (seed 004): learners, items and a year of answers at the initial schema (0001),
 * then the guide's numbered migrations through the core's migrate: concurrent indexes, triggers,
 * monitoring views, preferences. Item statistics and {@code updated_at} are the triggers' (0003),
 * so they are not fingerprinted.
 */
final class LearningDemo implements ServiceDemo {

    @Override
    public String module() {
        return "learning-platform";
    }

    @Override
    public String beforeVersion() {
        return "0001";
    }

    @Override
    public int defaultRows() {
        return 100_000;
    }

    /** {@code rows} answers by {@code rows / 20} learners to {@code rows / 100} items over the past year. */
    @Override
    public long load(DemoDatabase database, int rows) throws SQLException {
        int users = Math.max(10, rows / 20);
        int items = Math.max(10, rows / 100);
        database.execute(
                "INSERT INTO users (email, display_name, country_code, role, ability, answers_seen, created_at, updated_at)"
                        + " SELECT 'learner' || g || '@example.com', CASE WHEN g % 9 = 0 THEN NULL ELSE 'Learner ' || g END,"
                        + " (ARRAY['US', 'DE', 'FR', 'BR', 'JP'])[1 + g % 5], CASE WHEN g % 50 = 0 THEN 'instructor'::user_role"
                        + " ELSE 'learner' END, (g % 41 - 20) / 10.0, g % 300, t, t FROM generate_series(1, " + users
                        + ") g,"
                        + " LATERAL (SELECT timestamptz '2024-01-01 00:00Z' + g * interval '7 minutes') AS at(t)",
                "INSERT INTO items (kind, topic, prompt, answer, difficulty, answers_seen)"
                        + " SELECT (ARRAY['multiple_choice', 'true_false', 'short_answer']::item_kind[])[1 + g % 3],"
                        + " 'Topic ' || g % 40, 'Question ' || g || '?', 'Answer ' || g, (g % 31 - 15) / 10.0, g % 500"
                        + " FROM generate_series(1, " + items + ") g",
                "CREATE TEMP TABLE numbered_users AS SELECT id, row_number() OVER (ORDER BY email) AS n FROM users;"
                        + " INSERT INTO attempts (user_id, item_id, correct, response_time_ms, predicted_success, attempted_at)"
                        + " SELECT u.id, 1 + g % " + items + ", g % 3 <> 0, 2000 + g % 9000, (g % 100) / 100.0,"
                        + " now() - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute'"
                        + " FROM generate_series(1, " + rows + ") g JOIN numbered_users u ON u.n = g % " + users
                        + " + 1");
        return database.count("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM items)"
                + " + (SELECT count(*) FROM attempts)");
    }

    @Override
    public List<TableCheck> tables() {
        return List.of(
                TableCheck.of(
                        "users",
                        "id",
                        List.of(
                                "id",
                                "email",
                                "display_name",
                                "country_code",
                                "role",
                                "ability",
                                "answers_seen",
                                "created_at",
                                "updated_at"),
                        "email NOT LIKE 'writer-%'"),
                TableCheck.of(
                        "items",
                        "id",
                        List.of("id", "kind", "topic", "prompt", "answer", "difficulty", "answers_seen", "created_at"),
                        "true"),
                TableCheck.of(
                        "attempts",
                        "id, attempted_at",
                        List.of(
                                "id",
                                "user_id",
                                "item_id",
                                "correct",
                                "response_time_ms",
                                "predicted_success",
                                "attempted_at"),
                        "true"));
    }

    /** New learners keep signing up. */
    @Override
    public String writerInsert() {
        return "INSERT INTO users (email, country_code) VALUES ('writer-' || ? || '@example.com', 'US')";
    }

    @Override
    public List<ApiStep> upgrade() {
        return List.of(ApiStep.migrateAll());
    }
}
