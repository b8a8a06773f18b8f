package io.fieldguide.migration.lint;

import java.util.List;

/** One comma-separated action of an {@code ALTER TABLE}; {@code line} is where the action starts. */
sealed interface AlterAction {

    int line();

    record AddColumn(ColumnDefinition column, boolean ifNotExists, int line) implements AlterAction {}

    record DropColumn(String column, boolean ifExists, int line) implements AlterAction {}

    /** {@code ALTER [COLUMN] c [SET DATA] TYPE t}. */
    record AlterColumnType(String column, ColumnType type, int line) implements AlterAction {}

    /** {@code ALTER [COLUMN] c SET NOT NULL}. */
    record SetNotNull(String column, int line) implements AlterAction {}

    /** {@code ALTER [COLUMN] c DROP NOT NULL}. */
    record DropNotNull(String column, int line) implements AlterAction {}

    enum ConstraintKind {
        CHECK,
        FOREIGN_KEY,
        UNIQUE,
        PRIMARY_KEY,
        EXCLUDE,
        /** PostgreSQL 18: {@code ADD CONSTRAINT n NOT NULL col [NOT VALID]}. */
        NOT_NULL
    }

    /**
     * {@code ADD [CONSTRAINT name] ...}; {@code checkExpression} holds the tokens inside
     * {@code CHECK (...)}, {@code column} the column of a NOT NULL constraint.
     */
    record AddConstraint(
            String name,
            ConstraintKind kind,
            boolean notValid,
            boolean usingIndex,
            List<SqlToken> checkExpression,
            QualifiedName referencedTable,
            String column,
            int line)
            implements AlterAction {

        /** The column {@code c} if this is {@code CHECK (c IS NOT NULL)}, else null. */
        public String notNullCheckColumn() {
            if (kind != ConstraintKind.CHECK) {
                return null;
            }
            List<SqlToken> expression = checkExpression;
            while (expression.size() > 2
                    && expression.get(0).isSymbol("(")
                    && expression.get(expression.size() - 1).isSymbol(")")) {
                expression = expression.subList(1, expression.size() - 1);
            }
            boolean matches = expression.size() == 4
                    && expression.get(0).isIdentifier()
                    && expression.get(1).isWord("IS")
                    && expression.get(2).isWord("NOT")
                    && expression.get(3).isWord("NULL");
            return matches ? expression.get(0).identifier() : null;
        }
    }

    record ValidateConstraint(String name, int line) implements AlterAction {}

    /** {@code DROP CONSTRAINT [IF EXISTS] name}. */
    record DropConstraint(String name, int line) implements AlterAction {}

    record RenameColumn(String from, String to, int line) implements AlterAction {}

    record RenameTable(String to, int line) implements AlterAction {}

    /**
     * {@code DETACH PARTITION p [CONCURRENTLY | FINALIZE]}; {@code FINALIZE} completes an interrupted
     * concurrent detach, which takes the same weak lock as the concurrent form ({@code finalizing}).
     */
    record DetachPartition(boolean concurrently, boolean finalizing, int line) implements AlterAction {

        /** Whether the detach takes only a SHARE UPDATE EXCLUSIVE lock, letting reads and writes through. */
        public boolean nonBlocking() {
            return concurrently || finalizing;
        }
    }

    /** Anything else, e.g. {@code ALTER COLUMN c SET DEFAULT}, {@code RENAME CONSTRAINT}; {@code description} is its first words. */
    record OtherAction(String description, int line) implements AlterAction {}
}
