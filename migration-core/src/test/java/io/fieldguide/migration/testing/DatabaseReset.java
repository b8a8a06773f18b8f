package io.fieldguide.migration.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Puts the test database back to empty between tests: the service's schema and the core's records. */
public final class DatabaseReset {

    private DatabaseReset() {}

    public static void dropSchema(DataSource dataSource, String schema) {
        execute(dataSource, "DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
    }

    /** Empties the core's run history and backfill checkpoints (the tables stay). */
    public static void clearCoreRecords(DataSource dataSource) {
        execute(
                dataSource,
                "DO $$ BEGIN IF to_regclass('migration_core.migration_run') IS NOT NULL THEN"
                        + " TRUNCATE migration_core.migration_run, migration_core.backfill_job, migration_core.backfill_range; END IF; END $$");
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }
}
