package io.fieldguide.migration.rollback;

import io.fieldguide.migration.lint.SqlStatement;
import io.fieldguide.migration.lint.SqlStatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** How one applied migration is undone: its {@code U} script, or a reversible Java migration's down. */
public sealed interface Undo {

    void run(Connection connection) throws SQLException;

    List<String> dataAtRisk(Connection connection) throws SQLException;

    /** The SQL a dry run shows. */
    String describe();

    /** A concurrent index build or drop cannot run inside the undo's transaction. */
    boolean needsAutocommit();

    record SqlUndo(String scriptName, String sql) implements Undo {

        @Override
        public void run(Connection connection) throws SQLException {
            // One statement at a time: a multi-statement string is one implicit transaction to
            // PostgreSQL, which a concurrent index drop refuses.
            for (SqlStatement statement : SqlStatementSplitter.split(sql).statements()) {
                try (var jdbc = connection.createStatement()) {
                    jdbc.execute(statement.text());
                }
            }
        }

        @Override
        public List<String> dataAtRisk(Connection connection) throws SQLException {
            return DataLossCheck.risks(connection, sql);
        }

        @Override
        public String describe() {
            return sql;
        }

        @Override
        public boolean needsAutocommit() {
            // Tokens, not text: the word in a comment or a string does not count.
            return SqlStatementSplitter.split(sql).statements().stream()
                    .flatMap(statement -> statement.tokens().stream())
                    .anyMatch(token -> token.isWord("CONCURRENTLY"));
        }
    }

    record JavaUndo(ReversibleMigration migration) implements Undo {

        @Override
        public void run(Connection connection) throws SQLException {
            migration.down(connection);
        }

        @Override
        public List<String> dataAtRisk(Connection connection) throws SQLException {
            return migration.dataAtRisk(connection);
        }

        @Override
        public String describe() {
            return migration
                    .plannedDownSql()
                    .orElse("-- Java migration " + migration.getClass().getName() + ".down()");
        }

        @Override
        public boolean needsAutocommit() {
            // The migration says so the way Flyway asks it for its up.
            return !migration.canExecuteInTransaction();
        }
    }
}
