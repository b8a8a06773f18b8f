package io.fieldguide.migration.javamigration;

import io.fieldguide.migration.rollback.ReversibleMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A Java migration written as a list of {@link Operations}, like node-pg-migrate's
 * {@code exports.up = (pgm) => ...}: {@code up} runs them in order, {@code down} runs their inverses
 * last first. Because the SQL is known before it runs, the migration has a checksum (an edited
 * applied migration fails validation), a dry run shows it, and the rollback's data-loss check reads
 * it as it reads a {@code U} script.
 */
public abstract class OperationsMigration extends ReversibleMigration {

    /** Neither direction waits behind a long transaction for its lock: it fails and can be retried. */
    static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '5s'";

    protected abstract List<SchemaOperation> operations();

    /** The statements {@code up} runs, for reviews, tests and dry runs. */
    public List<String> upSql() {
        return withLockTimeout(operations().stream()
                .flatMap(operation -> operation.upSql().stream())
                .toList());
    }

    /** The statements {@code down} runs: each operation's inverse, last operation first. */
    public List<String> downSql() {
        List<SchemaOperation> reversed = new ArrayList<>(operations());
        Collections.reverse(reversed);
        return withLockTimeout(reversed.stream()
                .flatMap(operation -> operation.downSql().stream())
                .toList());
    }

    /** False for a concurrent index build or drop, which must be the migration's only operation. */
    @Override
    public boolean canExecuteInTransaction() {
        List<SchemaOperation> operations = operations();
        boolean concurrent = operations.stream().anyMatch(SchemaOperation::concurrent);
        if (concurrent && operations.size() > 1) {
            throw new IllegalStateException(getClass().getName()
                    + " mixes a concurrent index operation with others: without a transaction a failure"
                    + " would leave the others applied, so give the concurrent one a migration of its own");
        }
        return !concurrent;
    }

    @Override
    public Optional<String> plannedUpSql() {
        return Optional.of(String.join(";\n", upSql()) + ";");
    }

    @Override
    public Optional<String> plannedDownSql() {
        return Optional.of(String.join(";\n", downSql()) + ";");
    }

    @Override
    protected void up(Connection connection) throws SQLException {
        execute(connection, upSql());
    }

    @Override
    public void down(Connection connection) throws SQLException {
        execute(connection, downSql());
    }

    /** SET LOCAL means nothing outside a transaction, so a concurrent migration goes without it. */
    private List<String> withLockTimeout(List<String> statements) {
        if (!canExecuteInTransaction()) {
            return statements;
        }
        List<String> sql = new ArrayList<>(List.of(LOCK_TIMEOUT));
        sql.addAll(statements);
        return sql;
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
