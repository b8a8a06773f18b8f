package io.fieldguide.migration.lint;

/**
 * Statements that destroy more data than the script names: ban-drop-database and
 * ban-truncate-cascade. They apply to undo scripts too: no V script of a service creates a
 * database, and no undo needs to empty the tables that reference the one it empties.
 */
final class DataLossChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        ParsedStatement parsed = statement.parsed();
        if (parsed instanceof ParsedStatement.Drop drop && drop.drops("DATABASE")) {
            context.report(
                    LintRule.BAN_DROP_DATABASE,
                    statement,
                    statement.line(),
                    "DROP DATABASE " + IndexChecks.names(drop)
                            + " destroys every table of every service that uses it, and cannot run in a migration's transaction",
                    "databases are created and dropped by whoever runs the server (docker/initdb), never by a service's migration");
        } else if (parsed instanceof ParsedStatement.Other other
                && other.startsWith("TRUNCATE")
                && TokenCursor.containsTopLevel(statement.sql().tokens(), "CASCADE")) {
            context.report(
                    LintRule.BAN_TRUNCATE_CASCADE,
                    statement,
                    statement.line(),
                    "TRUNCATE ... CASCADE also empties every table that references the named ones through a foreign key,"
                            + " and the tables that reference those, none of which the script names",
                    "name every table to empty in the TRUNCATE, without CASCADE, so that a forgotten reference fails instead");
        }
    }
}
