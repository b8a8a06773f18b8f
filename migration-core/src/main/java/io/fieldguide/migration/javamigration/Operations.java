package io.fieldguide.migration.javamigration;

import io.fieldguide.migration.javamigration.ConstraintOperations.AddNotValid;
import io.fieldguide.migration.javamigration.ConstraintOperations.Validate;
import io.fieldguide.migration.javamigration.IndexOperations.CreateIndex;
import io.fieldguide.migration.javamigration.TableOperations.AddColumn;
import io.fieldguide.migration.javamigration.TableOperations.CreateTable;
import io.fieldguide.migration.javamigration.TableOperations.OldTableName;
import io.fieldguide.migration.javamigration.TableOperations.RenameTable;
import java.util.List;

/**
 * The reversible operations an {@link OperationsMigration} lists, node-pg-migrate's {@code pgm} in
 * Java. Each knows its inverse; a drop is the matching create inverted, so its down needs the same
 * definition (it restores the structure, not the data: a rollback across a drop brings back an
 * empty table or column).
 */
public final class Operations {

    private Operations() {}

    public static Column column(String name, String definition) {
        return new Column(name, definition);
    }

    /** {@code CREATE TABLE}; undone by {@code DROP TABLE}, which the rollback refuses while it holds rows. */
    public static SchemaOperation createTable(String table, Column... columns) {
        return new CreateTable(table, List.of(columns));
    }

    /** {@code DROP TABLE}; undone by creating it again, empty. */
    public static SchemaOperation dropTable(String table, Column... columns) {
        return createTable(table, columns).inverted();
    }

    /** {@code ADD COLUMN}; undone by {@code DROP COLUMN}, which the rollback refuses while it holds values. */
    public static SchemaOperation addColumn(String table, Column column) {
        return new AddColumn(table, column);
    }

    /** {@code DROP COLUMN}; undone by adding it again, without its values. */
    public static SchemaOperation dropColumn(String table, Column column) {
        return addColumn(table, column).inverted();
    }

    /** {@code CREATE INDEX idx_<table>_<columns>}, inside the migration's transaction: for new or small tables. */
    public static SchemaOperation createIndex(String table, String... columns) {
        return index(table, false, false, columns);
    }

    /** {@code CREATE UNIQUE INDEX idx_<table>_<columns>}, inside the migration's transaction. */
    public static SchemaOperation createUniqueIndex(String table, String... columns) {
        return index(table, true, false, columns);
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY}, which lets writes go on while it builds; undone by
     * {@code DROP INDEX CONCURRENTLY}. It must be its migration's only operation: the migration runs
     * without a transaction, so nothing else in it could be rolled back with it.
     */
    public static SchemaOperation createIndexConcurrently(String table, String... columns) {
        return index(table, false, true, columns);
    }

    /** {@code CREATE UNIQUE INDEX CONCURRENTLY}, alone in its migration like {@link #createIndexConcurrently}. */
    public static SchemaOperation createUniqueIndexConcurrently(String table, String... columns) {
        return index(table, true, true, columns);
    }

    /** {@code DROP INDEX CONCURRENTLY idx_<table>_<columns>}; undone by building it again concurrently. */
    public static SchemaOperation dropIndexConcurrently(String table, String... columns) {
        return createIndexConcurrently(table, columns).inverted();
    }

    /**
     * {@code ADD CONSTRAINT name FOREIGN KEY (column) REFERENCES references ON DELETE onDelete NOT
     * VALID}; follow it with {@link #validateConstraint}. Undone by {@code DROP CONSTRAINT}.
     */
    public static SchemaOperation addForeignKeyNotValid(
            String table, String name, String column, String references, String onDelete) {
        return new AddNotValid(
                table, name, "FOREIGN KEY (" + column + ") REFERENCES " + references + " ON DELETE " + onDelete);
    }

    /** {@code ADD CONSTRAINT name CHECK (condition) NOT VALID}; follow it with {@link #validateConstraint}. */
    public static SchemaOperation addCheckNotValid(String table, String name, String condition) {
        return new AddNotValid(table, name, "CHECK (" + condition + ")");
    }

    /**
     * {@code VALIDATE CONSTRAINT}. On a table in use put it in a migration of its own: in the same
     * transaction as the {@code ADD}, the ADD's ACCESS EXCLUSIVE lock is held through the whole scan.
     * Next to a table created in the same migration it does no harm.
     */
    public static SchemaOperation validateConstraint(String table, String name) {
        return new Validate(table, name);
    }

    /**
     * {@code ALTER TABLE from RENAME TO to}, keeping {@code from} as a view of {@code to} for the
     * release still using the old name; undone by dropping the view and renaming back.
     */
    public static SchemaOperation renameTable(String from, String to) {
        return new RenameTable(from, to);
    }

    /**
     * Drops the view {@link #renameTable} left under the old name, once no release reads it; undone
     * by creating the view again.
     */
    public static SchemaOperation dropOldTableName(String oldName, String table) {
        return new OldTableName(oldName, table).inverted();
    }

    /**
     * Renames a column in use, keeping the old name readable and writable for the release still
     * using it: adds {@code to} (of SQL type {@code type}, nullable) beside {@code from}, keeps the
     * two equal by a trigger and copies the existing values in small committed batches (see
     * {@link ColumnRename}). Alone in its migration, without a transaction. Undone by dropping the
     * trigger and {@code to}; {@code from} still holds every value, so nothing is lost.
     */
    public static SchemaOperation renameColumn(String table, String from, String to, String type) {
        return new ColumnRename(table, from, to, type);
    }

    /**
     * The contract step of {@link #renameColumn}, once no release uses the old name: drops the
     * trigger and the old column {@code oldName}. Undone by adding {@code oldName} again and copying
     * the values back from {@code column}. The lint reports its {@code DROP COLUMN} like any other:
     * allow it on the migration with {@link LintAllow}.
     */
    public static SchemaOperation dropOldColumnName(String table, String oldName, String column, String type) {
        return new ColumnRename(table, column, oldName, type).inverted();
    }

    /**
     * Any SQL with the SQL that undoes it, for what the operations above do not cover (a data fix, a
     * function, a type). The rollback checks {@code down} for data loss like a {@code U} script;
     * {@code -- undo:keeps-data <how>} in it says the data is kept.
     */
    public static SchemaOperation sql(String up, String down) {
        return new RawSql(up, down);
    }

    private static SchemaOperation index(String table, boolean unique, boolean concurrent, String... columns) {
        return new CreateIndex(table, IndexOperations.indexName(table, columns), List.of(columns), unique, concurrent);
    }

    private record RawSql(String up, String down) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of(up);
        }

        @Override
        public List<String> downSql() {
            return List.of(down);
        }
    }
}
