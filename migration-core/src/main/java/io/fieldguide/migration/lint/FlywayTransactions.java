package io.fieldguide.migration.lint;

/**
 * Which statements Flyway's PostgreSQL parser classifies as "cannot execute in a transaction".
 * Flyway runs a script without a transaction only if all its statements are of that kind; every
 * other statement (a SET, a DO block, any DDL or DML) counts as transactional, and with
 * {@code mixed=false} Flyway refuses a script that has both kinds.
 */
final class FlywayTransactions {

    private FlywayTransactions() {}

    /** Mirrors the patterns of Flyway's {@code PostgreSQLParser.detectCanExecuteInTransaction}. */
    static boolean isNonTransactional(SqlStatement statement) {
        return isConcurrentIndexChange(statement)
                || statement.startsWithWords("CREATE", "DATABASE")
                || statement.startsWithWords("DROP", "DATABASE")
                || statement.startsWithWords("CREATE", "TABLESPACE")
                || statement.startsWithWords("DROP", "TABLESPACE")
                || statement.startsWithWords("CREATE", "SUBSCRIPTION")
                || statement.startsWithWords("DROP", "SUBSCRIPTION")
                || statement.startsWithWords("ALTER", "SYSTEM")
                || isReindexOfSchemaDatabaseOrSystem(statement)
                || statement.startsWithWords("VACUUM")
                || statement.startsWithWords("DISCARD", "ALL");
    }

    /** {@code CREATE [UNIQUE] INDEX CONCURRENTLY} or {@code DROP INDEX CONCURRENTLY}. */
    static boolean isConcurrentIndexChange(SqlStatement statement) {
        return statement.startsWithWords("CREATE", "INDEX", "CONCURRENTLY")
                || statement.startsWithWords("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")
                || statement.startsWithWords("DROP", "INDEX", "CONCURRENTLY");
    }

    private static boolean isReindexOfSchemaDatabaseOrSystem(SqlStatement statement) {
        for (String target : new String[] {"SCHEMA", "DATABASE", "SYSTEM"}) {
            if (statement.startsWithWords("REINDEX", target)
                    || statement.startsWithWords("REINDEX", "VERBOSE", target)) {
                return true;
            }
        }
        return false;
    }
}
