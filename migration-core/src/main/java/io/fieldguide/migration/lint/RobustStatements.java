package io.fieldguide.migration.lint;

/**
 * prefer-robust-stmts. Only for scripts Flyway runs without a transaction (those with a
 * CONCURRENTLY index change): there a failure leaves the statements before it applied, and the
 * script can only be rerun if every statement tolerates having already run. Inside a transaction
 * a failed script rolls back entirely, so the rule stays quiet there.
 */
final class RobustStatements {

    private RobustStatements() {}

    static void check(AnalyzedStatement statement, ScriptContext context) {
        ParsedStatement parsed = statement.parsed();
        if (parsed instanceof ParsedStatement.CreateTable create && !create.ifNotExists()) {
            report(
                    statement,
                    context,
                    statement.line(),
                    "CREATE TABLE " + create.table(),
                    "use CREATE TABLE IF NOT EXISTS");
        } else if (parsed instanceof ParsedStatement.CreateIndex index
                && !index.ifNotExists()
                && !droppedBefore(statement, index.name(), context)) {
            report(
                    statement,
                    context,
                    statement.line(),
                    "CREATE INDEX" + (index.name() == null ? "" : " " + index.name()),
                    "precede it with DROP INDEX CONCURRENTLY IF EXISTS of the same name, which also clears the INVALID"
                            + " index a failed CONCURRENTLY build leaves behind; IF NOT EXISTS alone would keep that invalid index");
        } else if (parsed instanceof ParsedStatement.Drop drop && !drop.ifExists()) {
            report(
                    statement,
                    context,
                    statement.line(),
                    "DROP " + drop.objectType() + " " + IndexChecks.names(drop),
                    "use DROP " + drop.objectType() + " IF EXISTS");
        } else if (parsed instanceof ParsedStatement.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add && !add.ifNotExists()) {
                    report(
                            statement,
                            context,
                            action.line(),
                            "ADD COLUMN " + add.column().name(),
                            "use ADD COLUMN IF NOT EXISTS");
                } else if (action instanceof AlterAction.DropColumn drop && !drop.ifExists()) {
                    report(
                            statement,
                            context,
                            action.line(),
                            "DROP COLUMN " + drop.column(),
                            "use DROP COLUMN IF EXISTS");
                }
            }
        }
    }

    private static boolean droppedBefore(AnalyzedStatement statement, QualifiedName index, ScriptContext context) {
        return index != null
                && context.statements().stream()
                        .limit(statement.index())
                        .anyMatch(earlier -> earlier.parsed() instanceof ParsedStatement.Drop drop
                                && drop.drops("INDEX")
                                && drop.ifExists()
                                && drop.names().stream().anyMatch(index::sameRelationAs));
    }

    private static void report(AnalyzedStatement statement, ScriptContext context, int line, String what, String hint) {
        context.report(
                LintRule.PREFER_ROBUST_STMTS,
                statement,
                line,
                what
                        + " in a script that runs without a transaction: if the script fails after it, rerunning fails here",
                hint);
    }
}
