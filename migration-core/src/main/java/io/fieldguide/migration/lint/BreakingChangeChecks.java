package io.fieldguide.migration.lint;

import java.util.List;

/**
 * Changes that break application instances still running the previous release (during a rolling
 * deploy, or after a rollback of the code): renaming-column, renaming-table, ban-drop-column,
 * ban-drop-table and ban-drop-not-null. Drops are allowed in undo scripts, whose whole purpose is to
 * remove what their V script added and restore the schema the previous release expects; renames
 * are flagged everywhere.
 */
final class BreakingChangeChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (statement.parsed() instanceof ParsedStatement.AlterTable alter && context.isExistingTable(alter.table())) {
            for (AlterAction action : alter.actions()) {
                checkAction(statement, alter.table(), action, context);
            }
        } else if (statement.parsed() instanceof ParsedStatement.Drop drop
                && drop.drops("TABLE")
                && !context.isUndo()) {
            List<QualifiedName> existing =
                    drop.names().stream().filter(context::isExistingTable).toList();
            if (!existing.isEmpty()) {
                context.report(
                        LintRule.BAN_DROP_TABLE,
                        statement,
                        statement.line(),
                        "DROP TABLE "
                                + String.join(
                                        ", ",
                                        existing.stream()
                                                .map(QualifiedName::toString)
                                                .toList())
                                + " breaks every running instance that still reads or writes it, and loses its data",
                        "first release code that no longer uses the table, then drop it in a later migration"
                                + ", or in an undo script");
            }
        }
    }

    private static void checkAction(
            AnalyzedStatement statement, QualifiedName table, AlterAction action, ScriptContext context) {
        if (action instanceof AlterAction.RenameColumn rename) {
            context.report(
                    LintRule.RENAMING_COLUMN,
                    statement,
                    action.line(),
                    "renaming " + table + "." + rename.from() + " to " + rename.to()
                            + " breaks every running instance that still uses the old name",
                    "expand and contract: add the new column, write both, backfill, move readers, then drop the old one");
        } else if (action instanceof AlterAction.RenameTable rename) {
            context.report(
                    LintRule.RENAMING_TABLE,
                    statement,
                    action.line(),
                    "renaming table " + table + " to " + rename.to()
                            + " breaks every running instance that still uses the old name",
                    "rename, then CREATE VIEW with the old name over the new table for the transition, and drop"
                            + " the view once no code uses the old name");
        } else if (action instanceof AlterAction.DropNotNull drop && !context.isUndo()) {
            context.report(
                    LintRule.BAN_DROP_NOT_NULL,
                    statement,
                    action.line(),
                    "dropping NOT NULL on " + table + "." + drop.column()
                            + " lets NULLs in that every running instance still assumes cannot occur",
                    "first release code that copes with NULL in the column, then drop NOT NULL in a later migration");
        } else if (action instanceof AlterAction.DropColumn drop && !context.isUndo()) {
            context.report(
                    LintRule.BAN_DROP_COLUMN,
                    statement,
                    action.line(),
                    "dropping " + table + "." + drop.column()
                            + " breaks every running instance that still selects or inserts it (ORMs list all mapped columns)",
                    "first release code that no longer maps the column, then drop it in a later migration");
        }
    }
}
