package io.fieldguide.migration.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documented differences between squawk and this linter that excuse a squawk finding the
 * linter does not report: the machine-readable side of the table in docs/lint-rules.md, whose
 * "difference" column names them in brackets. {@code SquawkRuleTableTest} keeps both in step: a
 * difference excuses a squawk rule's finding only if it lists the rule and the table's row for the
 * rule names the difference.
 */
enum SquawkDifference {
    UNDO_RESTORES(
            "undo-restores",
            Set.of(
                    "ban-drop-column",
                    "ban-drop-table",
                    "ban-drop-not-null",
                    "ban-char-field",
                    "prefer-bigint-over-int",
                    "prefer-bigint-over-smallint",
                    "prefer-identity",
                    "prefer-text-field",
                    "prefer-timestamptz")) {
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            return script.isUndo();
        }
    },
    NEW_TABLE(
            "new-table",
            Set.of(
                    "adding-field-with-default",
                    "adding-foreign-key-constraint",
                    "adding-not-nullable-field",
                    "adding-required-field",
                    "adding-serial-primary-key-field",
                    "ban-drop-column",
                    "ban-drop-not-null",
                    "ban-drop-table",
                    "changing-column-type",
                    "constraint-missing-not-valid",
                    "disallowed-unique-constraint",
                    "renaming-column",
                    "renaming-table",
                    "require-concurrent-index-creation",
                    "require-concurrent-index-deletion",
                    "require-concurrent-partition-detach",
                    "require-concurrent-reindex",
                    "require-lock-timeout")) {
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            return script.onlyTouchesNewTables(statement);
        }
    },
    NO_BLOCKING_LOCK("no-blocking-lock", Set.of("require-lock-timeout")) {
        /** Statements that lock no table, or only in a mode that lets reads and writes through. */
        private static final List<List<String>> UNBLOCKING_STARTS = List.of(
                List.of("CREATE", "TYPE"),
                List.of("CREATE", "DOMAIN"),
                List.of("CREATE", "FUNCTION"),
                List.of("CREATE", "OR", "REPLACE", "FUNCTION"),
                List.of("CREATE", "PROCEDURE"),
                List.of("CREATE", "OR", "REPLACE", "PROCEDURE"),
                List.of("CREATE", "EXTENSION"),
                List.of("CREATE", "SCHEMA"),
                List.of("CREATE", "SEQUENCE"),
                List.of("COMMENT", "ON"),
                List.of("ANALYZE"),
                List.of("DROP", "DATABASE")); // locks no table: it fails while anyone is connected

        @Override
        boolean excuses(ScriptFacts script, int statement) {
            SqlStatement sql = script.statement(statement);
            if (FlywayTransactions.isConcurrentIndexChange(sql)) {
                return true;
            }
            if (script.parsed(statement) instanceof ParsedStatement.AlterTable alter) {
                return alter.actions().stream()
                        .allMatch(action -> action instanceof AlterAction.ValidateConstraint
                                || action instanceof AlterAction.DetachPartition detach && detach.nonBlocking());
            }
            boolean enumValueChange = sql.startsWithWords("ALTER", "TYPE")
                    && TokenCursor.containsTopLevel(sql.tokens(), "VALUE"); // ADD VALUE, RENAME VALUE
            boolean concurrentReindex = sql.startsWithWords("REINDEX") && mentions(sql, "CONCURRENTLY");
            boolean plainVacuum = sql.startsWithWords("VACUUM") && !mentions(sql, "FULL");
            return enumValueChange
                    || concurrentReindex
                    || plainVacuum
                    || UNBLOCKING_STARTS.stream().anyMatch(words -> sql.startsWithWords(words.toArray(String[]::new)));
        }
    },
    REFUSED_MIX("refused-mix", Set.of("prefer-robust-stmts")) {
        /** Flyway (mixed=false) refuses such a script outright, which ban-concurrent-index-in-transaction reports. */
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            return script.runsOutsideTransaction()
                    && !FlywayTransactions.isNonTransactional(script.statement(statement));
        }
    },
    IN_TRANSACTION("in-transaction", Set.of("prefer-robust-stmts")) {
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            return !script.runsOutsideTransaction();
        }
    },
    DROPPED_FIRST("dropped-first", Set.of("prefer-robust-stmts")) {
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            return script.indexDroppedBefore(statement);
        }
    },
    CONNECTION_TIMEOUT("connection-timeout", Set.of("require-statement-timeout")) {
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            return true;
        }
    },
    DEFAULT_NOT_A_CONSTRAINT("default-not-a-constraint", Set.of("ban-create-domain-with-constraint")) {
        @Override
        boolean excuses(ScriptFacts script, int statement) {
            List<SqlToken> tokens = script.statement(statement).tokens();
            return script.statement(statement).startsWithWords("CREATE", "DOMAIN")
                    && !TokenCursor.containsTopLevel(tokens, "CHECK")
                    && !TokenCursor.containsTopLevel(tokens, "NOT", "NULL");
        }
    };

    private final String id;
    private final Set<String> squawkRules;

    SquawkDifference(String id, Set<String> squawkRules) {
        this.id = id;
        this.squawkRules = squawkRules;
    }

    String id() {
        return id;
    }

    /** The squawk rules whose findings this difference may excuse. */
    Set<String> squawkRules() {
        return squawkRules;
    }

    /** Whether the difference applies to the statement (by index) of the script. */
    abstract boolean excuses(ScriptFacts script, int statement);

    /** Whether the word appears anywhere in the statement, options in parentheses included. */
    private static boolean mentions(SqlStatement sql, String word) {
        return sql.tokens().stream().anyMatch(token -> token.isWord(word));
    }

    static Optional<SquawkDifference> fromId(String id) {
        return Arrays.stream(values())
                .filter(difference -> difference.id.equals(id))
                .findFirst();
    }
}
