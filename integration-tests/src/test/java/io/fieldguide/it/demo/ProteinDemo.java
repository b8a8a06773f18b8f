package io.fieldguide.it.demo;

import java.sql.SQLException;
import java.util.List;

/**
 * protein-tracker (seed 002): the Prisma release's users (cuid-like text ids, names and avatars
 * often missing), then the guide's phases 1 to 4 through the core's migrate: the users extended,
 * a profile for each, meals, imports, analyses, daily summaries, activity logs.
 */
final class ProteinDemo implements ServiceDemo {

    private static final String LEGACY = "id NOT LIKE 'writer-%'";

    @Override
    public String module() {
        return "protein-tracker";
    }

    @Override
    public String beforeVersion() {
        return "1";
    }

    @Override
    public int defaultRows() {
        return 50_000;
    }

    @Override
    public long load(DemoDatabase database, int rows) throws SQLException {
        database.execute(
                "INSERT INTO users (id, email, username, password, first_name, last_name, avatar, created_at, updated_at)"
                        + " SELECT 'c' || lpad(to_hex(g), 24, '0'), 'eater' || g || '@example.com', 'eater' || g,"
                        + " '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZcU0QZlrIX2pRpVLzHa5S2',"
                        + " CASE WHEN g % 4 = 0 THEN NULL ELSE 'First' || g END, CASE WHEN g % 5 = 0 THEN NULL ELSE 'Last' || g END,"
                        + " CASE WHEN g % 3 = 0 THEN 'https://avatars.example.com/' || g || '.png' END, t, t + interval '1 day'"
                        + " FROM generate_series(1, " + rows + ") g,"
                        + " LATERAL (SELECT timestamptz '2024-03-01 00:00Z' + g * interval '13 minutes') AS at(t)");
        return database.count("SELECT count(*) FROM users");
    }

    @Override
    public List<TableCheck> tables() {
        return List.of(TableCheck.of(
                "users",
                "id",
                List.of(
                        "id",
                        "email",
                        "username",
                        "password",
                        "first_name",
                        "last_name",
                        "avatar",
                        "created_at",
                        "updated_at"),
                LEGACY));
    }

    /** People keep signing up on the old release. */
    @Override
    public String writerInsert() {
        return "INSERT INTO users (id, email, username, password)"
                + " SELECT w, w || '@example.com', w, 'x' FROM (SELECT 'writer-' || ?) AS s(w)";
    }

    @Override
    public List<ApiStep> upgrade() {
        return List.of(ApiStep.migrateAll());
    }

    /** Phase 1 gives every existing user a profile. */
    @Override
    public List<DemoResult.Check> upgradedDataChecks(DemoDatabase database) throws SQLException {
        long withoutProfile = database.count("SELECT count(*) FROM users u WHERE " + LEGACY
                + " AND NOT EXISTS (SELECT 1 FROM user_profiles p WHERE p.user_id = u.id)");
        return List.of(new DemoResult.Check(
                "every legacy user has a profile",
                withoutProfile == 0,
                String.format("%,d without one", withoutProfile)));
    }
}
