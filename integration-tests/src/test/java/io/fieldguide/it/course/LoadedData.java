package io.fieldguide.it.course;

import java.sql.SQLException;

/**
 * The loaded database: 100,000 users (one in ten without a last name, one in a hundred without
 * either, as in the guide's data), 100 courses of 10 episodes, 1,000,000 notes spread over the users
 * and episodes. Loaded with set-based SQL at V1734567890001, the schema the data needs.
 */
final class LoadedData {

    private LoadedData() {}

    static void load(BenchDatabases databases, String database, int users, int notes) throws SQLException {
        databases.execute(
                database,
                "INSERT INTO users (email, password_hash, first_name, last_name)"
                        + " SELECT 'user' || g || '@example.com',"
                        + " '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZcU0QZlrIX2pRpVLzHa5S2',"
                        + " CASE WHEN g % 100 = 0 THEN NULL ELSE 'First' || g END,"
                        + " CASE WHEN g % 10 = 0 THEN NULL ELSE 'Last' || g END"
                        + " FROM generate_series(1, " + users + ") g",
                "INSERT INTO user_roles (user_id, role) SELECT id, 'learner' FROM users",
                "INSERT INTO courses (title) SELECT 'Course ' || g FROM generate_series(1, 100) g",
                "INSERT INTO episodes (course_id, episode_number, title)"
                        + " SELECT c.id, n, 'Episode ' || n FROM courses c, generate_series(1, 10) n",
                "CREATE TEMP TABLE numbered_users AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM users;"
                        + " CREATE TEMP TABLE numbered_episodes AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM episodes;"
                        + " INSERT INTO episode_notes (user_id, episode_id, content)"
                        + " SELECT u.id, e.id, 'Note ' || g FROM generate_series(1, " + notes + ") g"
                        + " JOIN numbered_users u ON u.n = g % " + users + " + 1"
                        + " JOIN numbered_episodes e ON e.n = g % 1000 + 1");
    }
}
