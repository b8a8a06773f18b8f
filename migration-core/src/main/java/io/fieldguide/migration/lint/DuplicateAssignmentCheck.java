package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ban-duplicate-column-assignments: a column assigned twice in one {@code UPDATE ... SET}, in an
 * {@code INSERT} column list, or in {@code ON CONFLICT ... DO UPDATE SET}. PostgreSQL refuses the
 * statement ("multiple assignments to same column"), so the migration fails at deploy time; it is
 * almost always a copy-and-paste slip in a backfill. Assignments to different fields or elements of
 * one column ({@code c.x = 1, c.y = 2}, {@code a[1] = 1, a[2] = 2}) are legal and not counted.
 */
final class DuplicateAssignmentCheck implements StatementCheck {

    private static final String[] SET_LIST_END = {"FROM", "WHERE", "RETURNING"};

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        List<SqlToken> tokens = statement.sql().tokens();
        Set<String> duplicates = new LinkedHashSet<>();
        TokenCursor cursor = new TokenCursor(tokens);
        if (cursor.acceptWords("UPDATE")) {
            if (cursor.skipToWord("SET") && cursor.acceptWords("SET")) {
                duplicates.addAll(duplicatesIn(assignedColumns(tokensUntil(cursor, SET_LIST_END))));
            }
        } else if (cursor.acceptWords("INSERT", "INTO")) {
            cursor.readQualifiedName();
            if (cursor.acceptWords("AS")) {
                cursor.readIdentifier();
            }
            List<String> columns = new ArrayList<>();
            for (List<SqlToken> column : TokenCursor.splitTopLevel(cursor.readParenthesized())) {
                columns.add(column.get(0).identifier());
            }
            duplicates.addAll(duplicatesIn(columns));
            if (cursor.skipToWord("DO") && cursor.acceptWords("DO", "UPDATE", "SET")) {
                duplicates.addAll(duplicatesIn(assignedColumns(tokensUntil(cursor, SET_LIST_END))));
            }
        }
        for (String column : duplicates) {
            context.report(
                    LintRule.BAN_DUPLICATE_COLUMN_ASSIGNMENTS,
                    statement,
                    statement.line(),
                    "column " + column + " is assigned more than once in one statement; PostgreSQL refuses it"
                            + " (multiple assignments to same column), so the migration fails",
                    "assign each column once; combine the expressions, e.g. with CASE");
        }
    }

    /** The columns a SET list assigns as a whole: {@code c = e} and {@code (a, b) = ...}; not {@code c.f} or {@code c[i]}. */
    private static List<String> assignedColumns(List<SqlToken> setList) {
        List<String> columns = new ArrayList<>();
        for (List<SqlToken> assignment : TokenCursor.splitTopLevel(setList)) {
            TokenCursor cursor = new TokenCursor(assignment);
            if (cursor.peek().isSymbol("(")) {
                for (List<SqlToken> column : TokenCursor.splitTopLevel(cursor.readParenthesized())) {
                    columns.add(column.get(0).identifier());
                }
            } else {
                String column = cursor.readIdentifier();
                if (column != null && cursor.peek() != null && cursor.peek().isSymbol("=")) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    private static List<SqlToken> tokensUntil(TokenCursor cursor, String... endWords) {
        List<SqlToken> taken = new ArrayList<>();
        while (!cursor.atEnd() && !cursor.peek().isAnyWord(endWords)) {
            taken.addAll(cursor.nextGroup());
        }
        return taken;
    }

    private static Set<String> duplicatesIn(List<String> columns) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                duplicates.add(column);
            }
        }
        return duplicates;
    }
}
