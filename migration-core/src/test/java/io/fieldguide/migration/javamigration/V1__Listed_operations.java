package io.fieldguide.migration.javamigration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * A migration made of the operations a test lists, run up or down the way Flyway and the rollback do.
 * Named like a migration because Flyway's base class reads a version from the class name.
 */
final class V1__Listed_operations extends OperationsMigration {

    private final List<SchemaOperation> operations;

    V1__Listed_operations(SchemaOperation... operations) {
        this.operations = List.of(operations);
    }

    @Override
    protected List<SchemaOperation> operations() {
        return operations;
    }

    void runUp(DataSource dataSource) throws SQLException {
        run(dataSource, true);
    }

    void runDown(DataSource dataSource) throws SQLException {
        run(dataSource, false);
    }

    /** In one transaction, unless the migration cannot run in one (a concurrent index operation). */
    private void run(DataSource dataSource, boolean up) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(!canExecuteInTransaction());
            if (up) {
                up(connection);
            } else {
                down(connection);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
