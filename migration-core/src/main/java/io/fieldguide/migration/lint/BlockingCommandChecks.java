package io.fieldguide.migration.lint;

import java.util.List;

/**
 * Commands that block reads and writes for as long as they work although a non-blocking form
 * exists: require-concurrent-reindex, require-concurrent-partition-detach and prefer-repack. Each
 * is skipped for a table (or index) created earlier in the same script.
 */
final class BlockingCommandChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        ParsedStatement parsed = statement.parsed();
        if (parsed instanceof ParsedStatement.AlterTable alter && context.isExistingTable(alter.table())) {
            checkDetach(statement, alter, context);
        } else if (parsed instanceof ParsedStatement.Other other) {
            if (other.startsWith("REINDEX")) {
                checkReindex(statement, context);
            } else if (other.startsWith("VACUUM") || other.startsWith("CLUSTER")) {
                checkRewrite(statement, context);
            }
        }
    }

    private static void checkDetach(
            AnalyzedStatement statement, ParsedStatement.AlterTable alter, ScriptContext context) {
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DetachPartition detach && !detach.nonBlocking()) {
                context.report(
                        LintRule.REQUIRE_CONCURRENT_PARTITION_DETACH,
                        statement,
                        action.line(),
                        "DETACH PARTITION takes an ACCESS EXCLUSIVE lock on " + alter.table()
                                + ", blocking reads and writes of the whole partitioned table",
                        "DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), alone in a script that Flyway runs without a"
                                + " transaction (a <script>.conf with executeInTransaction=false)");
            }
        }
    }

    /** {@code REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] name}. */
    private static void checkReindex(AnalyzedStatement statement, ScriptContext context) {
        TokenCursor cursor = new TokenCursor(statement.sql().tokens());
        cursor.acceptWords("REINDEX");
        List<SqlToken> options = cursor.readParenthesized();
        cursor.acceptWords("VERBOSE"); // the pre-PostgreSQL 14 spelling
        SqlToken target = cursor.next();
        boolean concurrently = cursor.acceptWords("CONCURRENTLY") || enabledOption(options, "CONCURRENTLY");
        QualifiedName name = cursor.readQualifiedName();
        if (concurrently || target == null || target.isWord("SYSTEM") || isNew(target, name, context)) {
            return; // SYSTEM cannot be reindexed concurrently at all
        }
        context.report(
                LintRule.REQUIRE_CONCURRENT_REINDEX,
                statement,
                statement.line(),
                "REINDEX " + target.upper() + (name == null ? "" : " " + name)
                        + " locks out writes to the table, and every query that would use the index, until it is rebuilt",
                "REINDEX ... CONCURRENTLY (PostgreSQL 12+), alone in a script that Flyway runs without a transaction"
                        + " (a <script>.conf with executeInTransaction=false)");
    }

    private static boolean isNew(SqlToken target, QualifiedName name, ScriptContext context) {
        return name != null
                && ((target.isWord("TABLE") && context.isNewTable(name))
                        || (target.isWord("INDEX") && context.isNewIndex(name)));
    }

    /** VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock. */
    private static void checkRewrite(AnalyzedStatement statement, ScriptContext context) {
        TokenCursor cursor = new TokenCursor(statement.sql().tokens());
        SqlToken command = cursor.next();
        List<SqlToken> options = cursor.readParenthesized();
        boolean vacuum = command.isWord("VACUUM");
        if (vacuum && !cursor.acceptWords("FULL") && !enabledOption(options, "FULL")) {
            return; // a plain VACUUM takes a lock that lets reads and writes through
        }
        while (cursor.peek() != null && cursor.peek().isAnyWord("FREEZE", "VERBOSE", "ANALYZE", "ANALYSE")) {
            cursor.next();
        }
        QualifiedName table = cursor.readQualifiedName();
        if (table != null && context.isNewTable(table)) {
            return;
        }
        String what = vacuum ? "VACUUM FULL" : "CLUSTER";
        context.report(
                LintRule.PREFER_REPACK,
                statement,
                statement.line(),
                what + (table == null ? "" : " " + table)
                        + " rewrites the table while holding an ACCESS EXCLUSIVE lock, blocking reads and writes throughout",
                "rebuild the table online with the pg_repack extension outside the migration, or on PostgreSQL 19+ with"
                        + " REPACK (CONCURRENTLY); a plain VACUUM, which blocks nobody, is often enough");
    }

    /** Whether a parenthesised option list holds {@code option} switched on ({@code FULL}, {@code FULL true}, ...). */
    private static boolean enabledOption(List<SqlToken> options, String option) {
        for (List<SqlToken> entry : TokenCursor.splitTopLevel(options)) {
            if (entry.get(0).isWord(option)) {
                return entry.size() == 1
                        || !entry.get(1).isAnyWord("FALSE", "OFF")
                                && !entry.get(1).text().equals("0");
            }
        }
        return false;
    }
}
