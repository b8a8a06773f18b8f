package io.fieldguide.it.demo;

import java.sql.SQLException;
import java.util.List;

/**
 * course-tracker (seed 001): users, courses, episodes and learners' notes at the release that
 * added notes, then the guide's deployment (Option B, {@code POST /api/migrations}): preferences,
 * last login, a notes index, and {@code full_name} derived from the names and made NOT NULL.
 * One user in ten has no last name and one in a hundred no name at all, as in the guide's data.
 */
final class CourseDemo implements ServiceDemo {

    @Override
    public String module() {
        return "course-tracker";
    }

    @Override
    public String beforeVersion() {
        return "1734567890001";
    }

    @Override
    public int defaultRows() {
        return 100_000;
    }

    /** {@code rows} notes by {@code rows / 10} learners over 100 courses of 10 episodes. */
    @Override
    public long load(DemoDatabase database, int rows) throws SQLException {
        int users = Math.max(10, rows / 10);
        database.execute(
                "INSERT INTO users (email, password_hash, first_name, last_name, created_at)"
                        + " SELECT 'user' || g || '@example.com', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZcU0QZlrIX2pRpVLzHa5S2',"
                        + " CASE WHEN g % 100 = 0 THEN NULL ELSE 'First' || g END,"
                        + " CASE WHEN g % 10 = 0 THEN NULL ELSE 'Last' || g END,"
                        + " timestamptz '2024-01-01 00:00Z' + g * interval '1 minute'"
                        + " FROM generate_series(1, " + users + ") g",
                "INSERT INTO user_roles (user_id, role) SELECT id, 'learner' FROM users",
                "INSERT INTO courses (title, description) SELECT 'Course ' || g, 'About topic ' || g"
                        + " FROM generate_series(1, 100) g",
                "INSERT INTO episodes (course_id, episode_number, title, duration_seconds)"
                        + " SELECT c.id, n, 'Episode ' || n, 300 + n * 60 FROM courses c, generate_series(1, 10) n",
                "CREATE TEMP TABLE numbered_users AS SELECT id, row_number() OVER (ORDER BY email) AS n FROM users;"
                        + " CREATE TEMP TABLE numbered_episodes AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM episodes;"
                        + " INSERT INTO episode_notes (user_id, episode_id, content)"
                        + " SELECT u.id, e.id, 'Note ' || g || ': remember this part' FROM generate_series(1, " + rows
                        + ") g JOIN numbered_users u ON u.n = g % " + users + " + 1"
                        + " JOIN numbered_episodes e ON e.n = g % 1000 + 1");
        return database.count("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM user_roles)"
                + " + (SELECT count(*) FROM courses) + (SELECT count(*) FROM episodes)"
                + " + (SELECT count(*) FROM episode_notes)");
    }

    @Override
    public List<TableCheck> tables() {
        return List.of(
                TableCheck.of(
                        "users",
                        "id",
                        List.of("id", "email", "password_hash", "first_name", "last_name", "created_at"),
                        "true"),
                TableCheck.of("user_roles", "user_id, role", List.of("user_id", "role"), "true"),
                TableCheck.of("courses", "id", List.of("id", "title", "description", "created_at"), "true"),
                TableCheck.of(
                        "episodes",
                        "id",
                        List.of("id", "course_id", "episode_number", "title", "duration_seconds", "created_at"),
                        "true"),
                TableCheck.of(
                        "episode_notes",
                        "id",
                        List.of("id", "user_id", "episode_id", "content", "created_at", "updated_at"),
                        "content NOT LIKE 'writer-%'"));
    }

    /** A learner keeps taking notes through the upgrade. */
    @Override
    public String writerInsert() {
        return "INSERT INTO episode_notes (user_id, episode_id, content)"
                + " VALUES ((SELECT id FROM users WHERE email = 'user1@example.com'), (SELECT min(id) FROM episodes),"
                + " 'writer-' || ?)";
    }

    @Override
    public List<ApiStep> upgrade() {
        return List.of(ApiStep.migrateAll());
    }

    @Override
    public List<DemoResult.Check> upgradedDataChecks(DemoDatabase database) throws SQLException {
        long withoutName = database.count("SELECT count(*) FROM users WHERE full_name IS NULL OR full_name = ''");
        return List.of(new DemoResult.Check(
                "every user has a full_name", withoutName == 0, String.format("%,d users without one", withoutName)));
    }
}
