package io.fieldguide.migration.lint;

/**
 * The column type rules: prefer-timestamptz, prefer-bigint-over-int, prefer-identity,
 * prefer-text-field and ban-char-field. They apply to every column, of new and existing tables
 * alike, because they are about the schema one ends up with, not about locks. They are skipped in
 * undo scripts, which must restore the previous schema exactly as it was.
 */
final class ColumnTypeChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (context.isUndo()) {
            return;
        }
        if (statement.parsed() instanceof ParsedStatement.CreateTable create) {
            for (ColumnDefinition column : create.columns()) {
                checkType(statement, column.name(), column.type(), column.line(), context);
            }
        } else if (statement.parsed() instanceof ParsedStatement.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    checkType(
                            statement,
                            add.column().name(),
                            add.column().type(),
                            add.column().line(),
                            context);
                } else if (action instanceof AlterAction.AlterColumnType change) {
                    checkType(statement, change.column(), change.type(), action.line(), context);
                }
            }
        }
    }

    private static void checkType(
            AnalyzedStatement statement, String column, ColumnType type, int line, ScriptContext context) {
        if (type == null) {
            return;
        }
        String subject = "column " + column + " is " + type.display();
        if (type.isAnyOf(ColumnTypes.TIMESTAMP_WITHOUT_TIME_ZONE)) {
            context.report(
                    LintRule.PREFER_TIMESTAMPTZ,
                    statement,
                    line,
                    subject
                            + ": a timestamp without time zone stores a wall-clock reading whose meaning depends on the writer's time zone",
                    "use timestamptz, which stores an instant and converts on display");
        }
        if (type.isAnyOf(ColumnTypes.SMALL_INTEGER_TYPES)) {
            context.report(
                    LintRule.PREFER_BIGINT_OVER_INT,
                    statement,
                    line,
                    subject + ", which overflows at "
                            + (type.isAnyOf("smallint", "int2", "smallserial", "serial2") ? "32,767" : "2,147,483,647")
                            + "; widening it later rewrites the table",
                    "use bigint, and bigint GENERATED ALWAYS AS IDENTITY for keys");
        }
        if (type.isAnyOf(ColumnTypes.SERIAL_TYPES)) {
            context.report(
                    LintRule.PREFER_IDENTITY,
                    statement,
                    line,
                    subject
                            + ": serial's sequence needs grants of its own, and inserts with explicit ids do not advance it, so later inserts collide",
                    "use bigint GENERATED ALWAYS AS IDENTITY");
        }
        if (type.isAnyOf(ColumnTypes.LENGTH_LIMITED_TEXT) && type.hasModifier()) {
            context.report(
                    LintRule.PREFER_TEXT_FIELD,
                    statement,
                    line,
                    subject
                            + ": the limit is part of the type, so changing it takes an ACCESS EXCLUSIVE lock and lowering it rewrites the table",
                    "use text with a CHECK (char_length(" + column
                            + ") <= n) constraint, which can be changed NOT VALID");
        }
        if (type.isAnyOf(ColumnTypes.BLANK_PADDED_TEXT)) {
            context.report(
                    LintRule.BAN_CHAR_FIELD,
                    statement,
                    line,
                    subject + ": char(n) pads with spaces, compares surprisingly, and is not faster than text",
                    "use text, with a CHECK on the length if needed");
        }
    }
}
