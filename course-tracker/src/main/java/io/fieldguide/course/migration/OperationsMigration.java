package io.fieldguide.course.migration;

import io.fieldguide.migration.undo.ReversibleMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A Java migration written as a list of {@link Pgm} operations, like the guide's
 * {@code exports.up = (pgm) => ...}: {@code up} runs them in order, {@code down} runs their inverses
 * in reverse order, and a rollback is refused while an inverse would destroy data.
 */
public abstract class OperationsMigration extends ReversibleMigration {

    /** Neither direction waits behind a long transaction for its lock: it fails and can be retried. */
    static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '5s'";

    protected abstract List<SchemaOperation> operations();

    /** The statements {@code up} runs, for reviews, tests and dry runs. */
    public List<String> upSql() {
        List<String> sql = new ArrayList<>(List.of(LOCK_TIMEOUT));
        operations().forEach(operation -> sql.addAll(operation.upSql()));
        return sql;
    }

    /** The statements {@code down} runs: each operation's inverse, last operation first. */
    public List<String> downSql() {
        List<SchemaOperation> reversed = new ArrayList<>(operations());
        Collections.reverse(reversed);
        List<String> sql = new ArrayList<>(List.of(LOCK_TIMEOUT));
        reversed.forEach(operation -> sql.addAll(operation.downSql()));
        return sql;
    }

    /** What a dry run of the migrate API shows. */
    @Override
    public Optional<String> plannedUpSql() {
        return Optional.of(String.join(";\n", upSql()) + ";");
    }

    /** What a dry run of the rollback API shows. */
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

    @Override
    public List<String> dataAtRisk(Connection connection) throws SQLException {
        List<String> risks = new ArrayList<>();
        for (SchemaOperation operation : operations()) {
            risks.addAll(operation.dataAtRisk(connection));
        }
        return risks;
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
