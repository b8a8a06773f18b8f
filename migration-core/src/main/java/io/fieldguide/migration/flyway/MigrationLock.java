package io.fieldguide.migration.flyway;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One migrate or rollback at a time per database, across every instance of the service: a
 * PostgreSQL session-level advisory lock held for the whole run, plan included. Flyway's own lock
 * only covers Flyway's runs; the core's undo, which Flyway knows nothing of, needs this one. A
 * runner that dies releases it with its session.
 */
@ApplicationScoped
public class MigrationLock {

    /** Advisory lock keys are per database; this one is the core's ("FGMIGR" in ASCII). */
    private static final long KEY = 0x46474D494752L;

    private final DataSource dataSource;

    MigrationLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T exclusively(Supplier<T> run) {
        try (Connection connection = dataSource.getConnection()) {
            awaitLock(connection);
            try {
                return run.get();
            } finally {
                execute(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or release the migration lock", e);
        }
    }

    /**
     * Polls with {@code pg_try_advisory_lock} instead of waiting in {@code pg_advisory_lock}: a
     * waiting statement is an open transaction, and a CREATE INDEX CONCURRENTLY run by the lock's
     * holder waits for every open transaction to end, so the two would wait for each other forever.
     */
    private static void awaitLock(Connection connection) throws SQLException {
        long pause = 20;
        while (true) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                result.next();
                if (result.getBoolean(1)) {
                    return;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for the migration lock", e);
            }
            pause = Math.min(500, pause * 2);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
