package io.fieldguide.migration.rollback;

import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.run.MigrationStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;

/** Runs one undo and deletes the migration's row from Flyway's history, in one transaction. */
@ApplicationScoped
class UndoStepExecutor {

    private final DataSource dataSource;
    private final ServiceFlyway serviceFlyway;

    UndoStepExecutor(DataSource dataSource, ServiceFlyway serviceFlyway) {
        this.dataSource = dataSource;
        this.serviceFlyway = serviceFlyway;
    }

    List<String> dataAtRisk(RollbackService.PlannedUndo step) {
        try (Connection connection = dataSource.getConnection()) {
            return step.undo().dataAtRisk(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check what undoing " + step.name() + " would lose", e);
        }
    }

    MigrationStep execute(RollbackService.PlannedUndo step) {
        Instant startedAt = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            boolean transactional = !step.undo().needsAutocommit();
            connection.setAutoCommit(!transactional);
            try {
                if (transactional) {
                    lockHistory(connection);
                }
                step.undo().run(connection);
                forget(connection, step.info().getVersion().getVersion());
                if (transactional) {
                    connection.commit();
                }
                return step.asStep(startedAt, Instant.now(), null);
            } catch (SQLException | RuntimeException e) {
                if (transactional) {
                    RollbackService.rollbackQuietly(connection);
                }
                String message = e instanceof SQLException sql ? RollbackService.describe(sql) : e.getMessage();
                return step.asStep(startedAt, Instant.now(), message);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return step.asStep(startedAt, Instant.now(), RollbackService.describe(e));
        }
    }

    /** Blocks Flyway from writing its history (it needs ROW EXCLUSIVE) until this undo commits. */
    private void lockHistory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + historyTable() + " IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    private void forget(Connection connection, String version) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM " + historyTable() + " WHERE version = ?")) {
            delete.setString(1, version);
            if (delete.executeUpdate() != 1) {
                throw new SQLException(
                        "Flyway's history has no row for version " + version + ": was it undone already?");
            }
        }
    }

    private String historyTable() {
        Configuration configuration = serviceFlyway.flyway().getConfiguration();
        String schema = configuration.getDefaultSchema() != null
                ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
        String table = quote(configuration.getTable());
        return schema == null ? table : quote(schema) + "." + table;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
