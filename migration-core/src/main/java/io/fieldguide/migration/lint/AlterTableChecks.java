package io.fieldguide.migration.lint;

import java.util.List;

/**
 * The ALTER TABLE rules about locks and rewrites of tables that already hold rows:
 * adding-not-nullable-field, adding-required-field, adding-volatile-default,
 * constraint-missing-not-valid (including a VALIDATE in the transaction that added the constraint NOT
 * VALID), disallowed-unique-constraint and changing-column-type.
 * A table created earlier in the same script is empty and unused, so it is skipped.
 */
final class AlterTableChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.AlterTable alter)
                || !context.isExistingTable(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.SetNotNull setNotNull) {
                checkSetNotNull(statement, alter.table(), setNotNull, context);
            } else if (action instanceof AlterAction.AddColumn add) {
                checkAddColumn(statement, alter.table(), add, context);
            } else if (action instanceof AlterAction.AddConstraint add) {
                checkAddConstraint(statement, alter.table(), add, context);
            } else if (action instanceof AlterAction.ValidateConstraint validate) {
                checkValidateConstraint(statement, alter.table(), validate, context);
            } else if (action instanceof AlterAction.AlterColumnType change) {
                context.report(
                        LintRule.CHANGING_COLUMN_TYPE,
                        statement,
                        action.line(),
                        "changing " + alter.table() + "." + change.column() + " to "
                                + change.type().display()
                                + " rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock"
                                + " (unless the change is binary-coercible, e.g. varchar(n) to text or to a larger n)",
                        "expand and contract: add a new column, write both, backfill in batches, move readers, drop the old column");
            }
        }
    }

    /** SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, unless a valid CHECK already proves it (PG12+). */
    private static void checkSetNotNull(
            AnalyzedStatement statement,
            QualifiedName table,
            AlterAction.SetNotNull setNotNull,
            ScriptContext context) {
        if (context.hasValidNotNullCheck(table, setNotNull.column())) {
            return;
        }
        context.report(
                LintRule.ADDING_NOT_NULLABLE_FIELD,
                statement,
                setNotNull.line(),
                "SET NOT NULL on " + table + "." + setNotNull.column()
                        + " scans the whole table while holding an ACCESS EXCLUSIVE lock",
                notNullHint(setNotNull.column()));
    }

    static String notNullHint(String column) {
        return "first ADD CONSTRAINT " + column + "_not_null CHECK (" + column
                + " IS NOT NULL) NOT VALID; in a later migration VALIDATE CONSTRAINT, which does not block writes,"
                + " then SET NOT NULL, which PostgreSQL 12+ does without a scan";
    }

    private static void checkAddColumn(
            AnalyzedStatement statement, QualifiedName table, AlterAction.AddColumn add, ScriptContext context) {
        ColumnDefinition column = add.column();
        String where = table + "." + column.name();
        Rewrite rewrite = rewriteOf(column);
        if (rewrite != null) {
            context.report(
                    LintRule.ADDING_VOLATILE_DEFAULT,
                    statement,
                    add.line(),
                    "adding " + where + " with " + rewrite.cause()
                            + " fills every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock",
                    rewrite.hint());
        } else if (column.notNull() && !column.hasDefault()) {
            context.report(
                    LintRule.ADDING_REQUIRED_FIELD,
                    statement,
                    add.line(),
                    "adding " + where + " as NOT NULL without a DEFAULT fails on a table that has rows",
                    "give it a constant DEFAULT, which PostgreSQL 11+ adds without a rewrite, or add it nullable, backfill,"
                            + " and enforce NOT NULL through a validated CHECK");
        }
        if (column.references() != null || column.check()) {
            context.report(
                    LintRule.CONSTRAINT_MISSING_NOT_VALID,
                    statement,
                    add.line(),
                    "the inline " + (column.references() != null ? "REFERENCES " + column.references() : "CHECK")
                            + " on " + where + " is validated against every row at once, while the lock is held",
                    "add the column without it, then ADD CONSTRAINT ... NOT VALID and VALIDATE CONSTRAINT separately");
        }
        if (column.unique() || column.primaryKey()) {
            context.report(
                    LintRule.DISALLOWED_UNIQUE_CONSTRAINT,
                    statement,
                    add.line(),
                    "the inline " + (column.primaryKey() ? "PRIMARY KEY" : "UNIQUE") + " on " + where
                            + " builds its index while holding an ACCESS EXCLUSIVE lock",
                    uniqueHint(column.primaryKey() ? "PRIMARY KEY" : "UNIQUE"));
        }
    }

    /** What makes adding a column write every row, and how to avoid it. */
    private record Rewrite(String cause, String hint) {}

    private static final String BACKFILL_HINT = "add the column without a default or with a constant one, then ALTER"
            + " COLUMN ... SET DEFAULT for new rows, and backfill existing rows in batches";

    private static final String SEQUENCE_HINT = "add a plain nullable bigint column, give new rows their value with"
            + " SET DEFAULT nextval(...), backfill existing rows in batches, then enforce NOT NULL";

    /** Why adding the column writes every row, or null if PostgreSQL 11+ can add it as a catalog-only change. */
    private static Rewrite rewriteOf(ColumnDefinition column) {
        String volatileFunction = column.hasDefault() ? volatileFunctionIn(column.defaultExpression()) : null;
        if (volatileFunction != null) {
            return new Rewrite("the volatile DEFAULT " + volatileFunction + "()", BACKFILL_HINT);
        }
        if (column.isSerial()) {
            return new Rewrite("type " + column.type().display() + ", a nextval() default,", SEQUENCE_HINT);
        }
        if (column.identity()) {
            return new Rewrite("GENERATED AS IDENTITY", SEQUENCE_HINT);
        }
        if (column.generatedStored()) {
            return new Rewrite(
                    "a STORED generated expression",
                    "add a plain nullable column kept current by a trigger, and backfill existing rows in batches");
        }
        return null;
    }

    static String volatileFunctionIn(List<SqlToken> expression) {
        for (int i = 0; i + 1 < expression.size(); i++) {
            SqlToken token = expression.get(i);
            if (token.kind() == SqlToken.Kind.WORD
                    && ColumnTypes.VOLATILE_FUNCTIONS.contains(token.identifier())
                    && expression.get(i + 1).isSymbol("(")) {
                return token.identifier();
            }
        }
        return null;
    }

    private static void checkAddConstraint(
            AnalyzedStatement statement, QualifiedName table, AlterAction.AddConstraint add, ScriptContext context) {
        String name = add.name() == null ? "" : " " + add.name();
        switch (add.kind()) {
            case FOREIGN_KEY, CHECK -> {
                if (!add.notValid()) {
                    boolean foreignKey = add.kind() == AlterAction.ConstraintKind.FOREIGN_KEY;
                    context.report(
                            LintRule.CONSTRAINT_MISSING_NOT_VALID,
                            statement,
                            add.line(),
                            "ADD CONSTRAINT" + name + (foreignKey ? " FOREIGN KEY" : " CHECK") + " on " + table
                                    + " validates every row while holding "
                                    + (foreignKey
                                            ? "SHARE ROW EXCLUSIVE locks on " + table + " and " + add.referencedTable()
                                            : "an ACCESS EXCLUSIVE lock"),
                            "ADD CONSTRAINT ... NOT VALID, which is instant, then VALIDATE CONSTRAINT in a migration of its"
                                    + " own, which only takes a SHARE UPDATE EXCLUSIVE lock");
                }
            }
            case UNIQUE, PRIMARY_KEY -> {
                if (!add.usingIndex()) {
                    String kind = add.kind() == AlterAction.ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
                    context.report(
                            LintRule.DISALLOWED_UNIQUE_CONSTRAINT,
                            statement,
                            add.line(),
                            "ADD CONSTRAINT" + name + " " + kind + " on " + table
                                    + " builds its index while holding an ACCESS EXCLUSIVE lock",
                            uniqueHint(kind));
                }
            }
            case NOT_NULL -> {
                if (!add.notValid()) {
                    context.report(
                            LintRule.ADDING_NOT_NULLABLE_FIELD,
                            statement,
                            add.line(),
                            "ADD CONSTRAINT" + name + " NOT NULL on " + table + "." + add.column()
                                    + " scans the whole table while holding an ACCESS EXCLUSIVE lock",
                            "on PostgreSQL 18 add it NOT VALID and VALIDATE CONSTRAINT separately; before 18, "
                                    + notNullHint(add.column()));
                }
            }
            default -> {}
        }
    }

    /**
     * ADD CONSTRAINT ... NOT VALID takes its lock (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE
     * for a foreign key) until the transaction ends. A VALIDATE in the same transaction therefore
     * scans the table under that lock, exactly as if NOT VALID had not been written.
     */
    private static void checkValidateConstraint(
            AnalyzedStatement statement,
            QualifiedName table,
            AlterAction.ValidateConstraint validate,
            ScriptContext context) {
        if (context.runsOutsideTransaction() || !context.addedNotValidHere(table, validate.name())) {
            return;
        }
        context.report(
                LintRule.CONSTRAINT_MISSING_NOT_VALID,
                statement,
                validate.line(),
                "VALIDATE CONSTRAINT " + validate.name() + " on " + table
                        + " runs in the transaction that added it NOT VALID, so its scan happens under the lock the ADD"
                        + " took, held until commit: NOT VALID gains nothing",
                "validate in a migration of its own, where VALIDATE CONSTRAINT only takes a SHARE UPDATE EXCLUSIVE lock");
    }

    private static String uniqueHint(String kind) {
        return "CREATE UNIQUE INDEX CONCURRENTLY in a script of its own, then ADD CONSTRAINT name " + kind
                + " USING INDEX index_name, which is instant";
    }
}
