package io.fieldguide.migration.lint;

import java.util.List;

/**
 * require-lock-timeout. A DDL statement that needs a strong lock on a busy table first waits in
 * the lock queue behind running transactions, and every query that arrives after it queues behind
 * it: a one-millisecond ALTER TABLE can stall the table for as long as the longest transaction.
 * A lock_timeout makes the migration give up (and be retried) instead. Reported once per script,
 * at the first statement that needs it.
 */
final class LockTimeoutCheck implements StatementCheck {

    /** Statements the parser leaves as Other that lock an existing table or view. */
    private static final List<String> LOCKING_OTHERS = List.of(
            "TRUNCATE",
            "LOCK",
            "CLUSTER",
            "VACUUM FULL",
            "REINDEX",
            "REFRESH MATERIALIZED VIEW",
            "ALTER INDEX",
            "ALTER VIEW",
            "ALTER MATERIALIZED VIEW",
            "ALTER DOMAIN"); // ADD CONSTRAINT, SET NOT NULL and VALIDATE lock every table that uses the domain

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (context.lockTimeoutSet() || context.hasReported(LintRule.REQUIRE_LOCK_TIMEOUT)) {
            return;
        }
        String what = lockingStatement(statement.parsed(), context);
        if (what == null) {
            return;
        }
        context.report(
                LintRule.REQUIRE_LOCK_TIMEOUT,
                statement,
                statement.line(),
                what
                        + " waits for its lock without a lock_timeout: meanwhile every query on the table queues behind it",
                "start the script with SET LOCAL lock_timeout = '5s', which ends with Flyway's transaction,"
                        + " and rerun the migration if it times out");
    }

    /** A short description of the statement if it needs a blocking lock on an existing table, else null. */
    private static String lockingStatement(ParsedStatement parsed, ScriptContext context) {
        if (parsed instanceof ParsedStatement.AlterTable alter) {
            boolean onlyWeakLocks = alter.actions().stream()
                    .allMatch(action -> action instanceof AlterAction.ValidateConstraint
                            || (action instanceof AlterAction.DetachPartition detach && detach.nonBlocking()));
            return context.isExistingTable(alter.table()) && !onlyWeakLocks ? "ALTER TABLE " + alter.table() : null;
        }
        if (parsed instanceof ParsedStatement.CreateIndex index) {
            return !index.concurrently() && context.isExistingTable(index.table())
                    ? "CREATE INDEX on " + index.table()
                    : null;
        }
        if (parsed instanceof ParsedStatement.Drop drop) {
            return lockingDrop(drop, context);
        }
        if (parsed instanceof ParsedStatement.CreateTable create) {
            return create.lockedTables().stream()
                    .filter(context::isExistingTable)
                    .findFirst()
                    .map(locked -> "CREATE TABLE " + create.table() + " (locks " + locked + ")")
                    .orElse(null);
        }
        if (parsed instanceof ParsedStatement.CreateTrigger trigger) {
            return context.isExistingTable(trigger.table()) ? "CREATE TRIGGER on " + trigger.table() : null;
        }
        if (parsed instanceof ParsedStatement.Other other && !other.concurrently()) {
            return LOCKING_OTHERS.stream().filter(other::startsWith).findFirst().orElse(null);
        }
        return null;
    }

    private static String lockingDrop(ParsedStatement.Drop drop, ScriptContext context) {
        if (drop.drops("INDEX")) {
            return !drop.concurrently() && !drop.names().stream().allMatch(context::isNewIndex)
                    ? "DROP INDEX " + IndexChecks.names(drop)
                    : null;
        }
        if (drop.drops("TABLE")
                || drop.drops("VIEW")
                || drop.drops("MATERIALIZED VIEW")
                || drop.drops("FOREIGN TABLE")) {
            return drop.names().stream().anyMatch(context::isExistingTable)
                    ? "DROP " + drop.objectType() + " " + IndexChecks.names(drop)
                    : null;
        }
        if (drop.drops("TRIGGER") || drop.drops("POLICY") || drop.drops("RULE")) {
            return context.isExistingTable(drop.onTable())
                    ? "DROP " + drop.objectType() + " on " + drop.onTable()
                    : null;
        }
        return null;
    }
}
