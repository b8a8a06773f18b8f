package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * One migration script as the squawk cross-check sees it: its statements, parsed the way the linter
 * parses them, which line belongs to which statement, and which tables each statement finds already
 * created by the script.
 */
final class ScriptFacts {

    private final String name;
    private final List<SqlStatement> statements;
    private final List<ParsedStatement> parsed = new ArrayList<>();
    private final List<List<QualifiedName>> createdBefore = new ArrayList<>();

    private ScriptFacts(String name, List<SqlStatement> statements) {
        this.name = name;
        this.statements = statements;
        List<QualifiedName> created = new ArrayList<>();
        for (SqlStatement statement : statements) {
            ParsedStatement parsedStatement = parse(statement);
            parsed.add(parsedStatement);
            createdBefore.add(List.copyOf(created));
            if (parsedStatement instanceof ParsedStatement.CreateTable create) {
                created.add(create.table());
            }
        }
    }

    static ScriptFacts of(String name, String sql) {
        return new ScriptFacts(name, SqlStatementSplitter.split(sql).statements());
    }

    String name() {
        return name;
    }

    boolean isUndo() {
        return MigrationLinter.isUndoScript(name);
    }

    /** Whether Flyway runs the script without a transaction (it holds CONCURRENTLY index changes, VACUUM, ...). */
    boolean runsOutsideTransaction() {
        return statements.stream().anyMatch(FlywayTransactions::isNonTransactional);
    }

    /**
     * The index of the statement at a 1-based line: the one spanning it, or the next one when the
     * line holds only comments. -1 for a script without statements.
     */
    int statementAt(int line) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).endLine() >= line) {
                return i;
            }
        }
        return statements.size() - 1;
    }

    SqlStatement statement(int index) {
        return statements.get(index);
    }

    ParsedStatement parsed(int index) {
        return parsed.get(index);
    }

    /** Whether every table the statement touches was created earlier in the script (and it touches one). */
    boolean onlyTouchesNewTables(int index) {
        List<QualifiedName> touched = touchedTables(parsed.get(index));
        return !touched.isEmpty()
                && touched.stream()
                        .allMatch(table -> createdBefore.get(index).stream().anyMatch(table::sameRelationAs));
    }

    /** Whether an earlier statement drops the index this statement creates, with IF EXISTS. */
    boolean indexDroppedBefore(int index) {
        if (!(parsed.get(index) instanceof ParsedStatement.CreateIndex create) || create.name() == null) {
            return false;
        }
        for (int i = 0; i < index; i++) {
            if (parsed.get(i) instanceof ParsedStatement.Drop drop
                    && drop.drops("INDEX")
                    && drop.ifExists()
                    && drop.names().stream().anyMatch(create.name()::sameRelationAs)) {
                return true;
            }
        }
        return false;
    }

    private static List<QualifiedName> touchedTables(ParsedStatement statement) {
        if (statement instanceof ParsedStatement.AlterTable alter) {
            return List.of(alter.table());
        } else if (statement instanceof ParsedStatement.CreateIndex index) {
            return List.of(index.table());
        } else if (statement instanceof ParsedStatement.CreateTable create) {
            return create.lockedTables();
        } else if (statement instanceof ParsedStatement.CreateTrigger trigger) {
            return trigger.table() == null ? List.of() : List.of(trigger.table());
        } else if (statement instanceof ParsedStatement.Drop drop && drop.drops("TABLE")) {
            return drop.names();
        }
        return List.of();
    }

    private static ParsedStatement parse(SqlStatement statement) {
        try {
            return StatementParser.parse(statement);
        } catch (RuntimeException e) {
            return new ParsedStatement.Other("", false);
        }
    }
}
