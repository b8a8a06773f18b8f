package io.fieldguide.migration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * A statement prepared on a pooled connection before a schema change fails once afterwards with
 * "cached plan must not change result type" (the undo of V2 drops a column that {@code SELECT *}
 * returned, as an undo that drops and re-creates an enum changes a column's type). The held
 * connection shows the failure; the pool, flushed by the rollback, hands out no such connection.
 */
@QuarkusTest
class StalePlansAfterSchemaChangeTest {

    private static final String ALL_WIDGETS = "SELECT * FROM widgets";

    /** More than the pool keeps idle in these tests, fewer than its maximum of 20. */
    private static final int POOLED = 10;

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @Inject
    RollbackService rollback;

    @BeforeEach
    void atVersionTwo() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        assertTrue(migrate.migrate("2", false, "tester").success());
    }

    @Test
    void noPooledConnectionMeetsAPlanCachedBeforeTheRollback() throws SQLException {
        Set<Integer> preparedBackends = new HashSet<>();
        try (Connection held = dataSource.getConnection()) {
            prepareOnServer(held);
            for (Connection pooled : connections(POOLED)) {
                try (pooled) {
                    prepareOnServer(pooled);
                    preparedBackends.add(backendPid(pooled));
                }
            }

            assertTrue(rollback.rollback(RollbackRequest.lastStep(), "tester").success());

            SQLException stale = assertThrows(SQLException.class, () -> selectAll(held));
            assertEquals("0A000", stale.getSQLState(), stale.getMessage());
            assertTrue(stale.getMessage().contains("cached plan must not change result type"), stale.getMessage());
        }
        for (Connection next : connections(POOLED)) {
            try (next) {
                selectAll(next);
                assertFalse(preparedBackends.contains(backendPid(next)), "a connection pooled before the rollback");
            }
        }
    }

    /** Several connections out of the pool at once, so that the pool's idle ones are among them. */
    private List<Connection> connections(int count) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            connections.add(dataSource.getConnection());
        }
        return connections;
    }

    /** Makes pgjdbc use a named server-side statement from the first execution, as it does from the fifth by default. */
    private static void prepareOnServer(Connection connection) throws SQLException {
        connection.unwrap(PGConnection.class).setPrepareThreshold(1);
        selectAll(connection);
        selectAll(connection);
    }

    /**
     * In a transaction, as Hibernate reads: in autocommit pgjdbc prepares the statement again by
     * itself and the failure stays hidden.
     */
    private static void selectAll(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement query = connection.prepareStatement(ALL_WIDGETS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
