package io.fieldguide.migration.lint;

import java.util.List;

/**
 * What a statement does, as far as the rules care. Statements the parser does not model become
 * {@link Other}, which still carries enough for the lock and transaction rules.
 */
sealed interface ParsedStatement {

    /**
     * {@code CREATE TABLE}; {@code lockedTables} are the existing tables it must lock: those it
     * references with a foreign key (SHARE ROW EXCLUSIVE), its partition parent or inheritance parents.
     */
    record CreateTable(
            QualifiedName table, boolean ifNotExists, List<ColumnDefinition> columns, List<QualifiedName> lockedTables)
            implements ParsedStatement {}

    /** {@code CREATE [UNIQUE] INDEX}; {@code name} is null for an unnamed index. */
    record CreateIndex(
            QualifiedName name, QualifiedName table, boolean concurrently, boolean ifNotExists, boolean unique)
            implements ParsedStatement {}

    /**
     * {@code DROP <objectType> ...}; {@code objectType} is upper case, e.g. {@code TABLE},
     * {@code INDEX}, {@code MATERIALIZED VIEW}; {@code onTable} is the table of a
     * {@code DROP TRIGGER/POLICY/RULE ... ON table}, else null.
     */
    record Drop(
            String objectType, List<QualifiedName> names, QualifiedName onTable, boolean concurrently, boolean ifExists)
            implements ParsedStatement {

        public boolean drops(String type) {
            return objectType.equals(type);
        }
    }

    /** {@code ALTER TABLE} with its comma-separated actions. */
    record AlterTable(QualifiedName table, List<AlterAction> actions) implements ParsedStatement {}

    /** {@code CREATE MATERIALIZED VIEW}: a new relation that indexes may be built on without locking anyone. */
    record CreateMaterializedView(QualifiedName name) implements ParsedStatement {}

    /** {@code CREATE [CONSTRAINT] TRIGGER ... ON table}, which takes a SHARE ROW EXCLUSIVE lock. */
    record CreateTrigger(QualifiedName table) implements ParsedStatement {}

    /**
     * {@code SET [LOCAL|SESSION] name = value}, {@code RESET name}, or
     * {@code SELECT set_config('name', 'value', local)}; {@code name} is lower case, {@code value}
     * unquoted ({@code null} for RESET), and RESET ALL has the name {@code "all"}.
     */
    record SetParameter(String name, String value, boolean local) implements ParsedStatement {

        public boolean isReset() {
            return value == null;
        }
    }

    /** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}. */
    record TransactionControl(String keyword) implements ParsedStatement {

        public boolean opensTransaction() {
            return keyword.equals("BEGIN") || keyword.equals("START TRANSACTION");
        }
    }

    /**
     * Any other statement; {@code leadingWords} are its first keywords in upper case (up to three,
     * e.g. {@code "REFRESH MATERIALIZED VIEW"}), {@code concurrently} whether CONCURRENTLY appears
     * outside parentheses.
     */
    record Other(String leadingWords, boolean concurrently) implements ParsedStatement {

        public boolean startsWith(String words) {
            return leadingWords.equals(words) || leadingWords.startsWith(words + " ");
        }
    }
}
