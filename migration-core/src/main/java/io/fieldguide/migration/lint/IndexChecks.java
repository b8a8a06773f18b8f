package io.fieldguide.migration.lint;

/** require-concurrent-index-creation and require-concurrent-index-deletion. */
final class IndexChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (statement.parsed() instanceof ParsedStatement.CreateIndex index) {
            checkCreate(statement, index, context);
        } else if (statement.parsed() instanceof ParsedStatement.Drop drop && drop.drops("INDEX")) {
            checkDrop(statement, drop, context);
        }
    }

    /** A plain CREATE INDEX holds a SHARE lock for the whole build: reads go on, every write waits. */
    private static void checkCreate(
            AnalyzedStatement statement, ParsedStatement.CreateIndex index, ScriptContext context) {
        if (index.concurrently() || !context.isExistingTable(index.table())) {
            return;
        }
        context.report(
                LintRule.REQUIRE_CONCURRENT_INDEX_CREATION,
                statement,
                statement.line(),
                "CREATE INDEX" + (index.name() == null ? "" : " " + index.name()) + " on existing table "
                        + index.table() + " takes a SHARE lock that blocks all writes until the index is built",
                "use CREATE INDEX CONCURRENTLY in a script of its own, which Flyway runs outside a transaction");
    }

    /** A plain DROP INDEX takes ACCESS EXCLUSIVE on the index's table: reads and writes wait. */
    private static void checkDrop(AnalyzedStatement statement, ParsedStatement.Drop drop, ScriptContext context) {
        if (drop.concurrently() || drop.names().stream().allMatch(context::isNewIndex)) {
            return;
        }
        context.report(
                LintRule.REQUIRE_CONCURRENT_INDEX_DELETION,
                statement,
                statement.line(),
                "DROP INDEX " + names(drop)
                        + " takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes",
                "use DROP INDEX CONCURRENTLY IF EXISTS, one index per statement, in a script of its own");
    }

    static String names(ParsedStatement.Drop drop) {
        return String.join(
                ", ", drop.names().stream().map(QualifiedName::toString).toList());
    }
}
