package io.fieldguide.migration.lint;

import java.util.Optional;

/**
 * The rules about how Flyway runs the script: ban-concurrent-index-in-transaction,
 * transaction-nesting and prefer-robust-stmts.
 */
final class TransactionChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (statement.parsed() instanceof ParsedStatement.TransactionControl control) {
            context.report(
                    LintRule.TRANSACTION_NESTING,
                    statement,
                    statement.line(),
                    control.keyword() + " inside a Flyway migration: Flyway already runs the script in a transaction"
                            + " (or on purpose without one), so this ends or nests it and the script is no longer atomic",
                    "remove it; split the script in two if parts must commit separately");
        }
        if (FlywayTransactions.isConcurrentIndexChange(statement.sql())) {
            checkConcurrentIndexChange(statement, context);
        } else {
            checkConcurrentStatementFlywayMisses(statement, context);
        }
        if (context.runsOutsideTransaction()) {
            RobustStatements.check(statement, context);
        }
    }

    private static void checkConcurrentIndexChange(AnalyzedStatement statement, ScriptContext context) {
        Optional<AnalyzedStatement> opener = context.statements().stream()
                .filter(other -> other.parsed() instanceof ParsedStatement.TransactionControl control
                        && control.opensTransaction())
                .findFirst();
        if (opener.isPresent()) {
            context.report(
                    LintRule.BAN_CONCURRENT_INDEX_IN_TRANSACTION,
                    statement,
                    statement.line(),
                    "CONCURRENTLY cannot run inside the transaction block opened at line "
                            + opener.get().line(),
                    "remove BEGIN/COMMIT and keep the CONCURRENTLY statement in a script of its own");
            return;
        }
        Optional<AnalyzedStatement> mixed = context.statements().stream()
                .filter(other -> !FlywayTransactions.isNonTransactional(other.sql()))
                .filter(other ->
                        !(context.config().flywayMixed() && other.parsed() instanceof ParsedStatement.SetParameter))
                .findFirst();
        if (mixed.isEmpty()) {
            return;
        }
        AnalyzedStatement other = mixed.get();
        String hint = "put CREATE/DROP INDEX CONCURRENTLY in a script of its own with nothing else but comments";
        if (other.parsed() instanceof ParsedStatement.SetParameter) {
            hint += "; a CONCURRENTLY build does not block writes, so it needs no lock_timeout, and a statement_timeout"
                    + " can be set for the migration role or in quarkus.flyway.init-sql";
        }
        String message = context.config().flywayMixed()
                ? "this script runs without a transaction because of CONCURRENTLY, so the statement at line "
                        + other.line() + " (" + other.summary() + ") is not atomic with it: a failure half-way"
                        + " leaves the script half applied"
                : "Flyway (mixed=false) refuses a script that mixes CONCURRENTLY with the transactional statement at line "
                        + other.line() + " (" + other.summary() + ")";
        context.report(LintRule.BAN_CONCURRENT_INDEX_IN_TRANSACTION, statement, statement.line(), message, hint);
    }

    /**
     * REINDEX ... CONCURRENTLY and DETACH PARTITION ... CONCURRENTLY cannot run in a transaction
     * either, but Flyway's parser does not know them, so it runs them in one and PostgreSQL fails.
     */
    private static void checkConcurrentStatementFlywayMisses(AnalyzedStatement statement, ScriptContext context) {
        String what = null;
        if (statement.parsed() instanceof ParsedStatement.Other other
                && other.concurrently()
                && other.startsWith("REINDEX")) {
            what = "REINDEX ... CONCURRENTLY";
        } else if (statement.parsed() instanceof ParsedStatement.AlterTable alter
                && alter.actions().stream()
                        .anyMatch(a -> a instanceof AlterAction.DetachPartition d && d.concurrently())) {
            what = "DETACH PARTITION ... CONCURRENTLY";
        }
        if (what != null) {
            context.report(
                    LintRule.BAN_CONCURRENT_INDEX_IN_TRANSACTION,
                    statement,
                    statement.line(),
                    what
                            + " cannot run in a transaction, and Flyway does not detect it: it will run it in one and fail",
                    "give the script a Flyway script config file (<script>.conf) with executeInTransaction=false,"
                            + " with nothing else in the script");
        }
    }
}
