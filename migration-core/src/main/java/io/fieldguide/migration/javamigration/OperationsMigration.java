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

    /**
     * False for a concurrent index build or drop and a column rename, which must be the migration's
     * only operation.
     */
    @Override
    public boolean canExecuteInTransaction() {
        List<SchemaOperation> operations = operations();
        boolean outside = operations.stream().anyMatch(SchemaOperation::outsideTransaction);
        if (outside && operations.size() > 1) {
            throw new IllegalStateException(getClass().getName()
                    + " mixes an operation that runs without a transaction (a concurrent index operation or a"
                    + " column rename) with others: a failure would leave the others applied, so give it a"
                    + " migration of its own");
        }
        return !outside;
    }

    @Override
    public Optional<String> plannedUpSql() {
        return Optional.of(String.join(";\n", upSql()) + ";");
    }

    @Override
    public Optional<String> plannedDownSql() {
        return Optional.of(String.join(";\n", downSql()) + ";");
    }

    /**
     * Without a transaction nothing rolls a failed up back, so its down runs instead: a half-built
     * concurrent index or a half-done rename is removed, and the schema is as it was before.
     */
    @Override
    protected void up(Connection connection) throws SQLException {
        if (canExecuteInTransaction()) {
            execute(connection, upSql());
            return;
        }
        try {
            executeWithoutTransaction(connection, upSql());
        } catch (SQLException failure) {
            try {
                executeWithoutTransaction(connection, downSql());
            } catch (SQLException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    @Override
    public void down(Connection connection) throws SQLException {
        if (canExecuteInTransaction()) {
            execute(connection, downSql());
        } else {
            executeWithoutTransaction(connection, downSql());
        }
    }

    /**
     * SET LOCAL means nothing outside a transaction: a concurrent index operation goes without a
     * timeout (it waits for older transactions by design), a rename sets and resets its own.
     */
    private List<String> withLockTimeout(List<String> statements) {
        if (!canExecuteInTransaction()) {
            return statements;
        }
        List<String> sql = new ArrayList<>(List.of(LOCK_TIMEOUT));
        sql.addAll(statements);
        return sql;
    }

    /** A session setting made by a statement that then failed must not stay on the pooled connection. */
    private static void executeWithoutTransaction(Connection connection, List<String> statements) throws SQLException {
        try {
            execute(connection, statements);
        } finally {
            execute(connection, List.of("RESET lock_timeout"));
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
