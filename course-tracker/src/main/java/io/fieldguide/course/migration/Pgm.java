package io.fieldguide.course.migration;

import java.util.List;

/**
 * The operations of the guide's {@code pgm} builder, each knowing its inverse: {@code createTable},
 * {@code addColumn}, {@code createIndex}, {@code addConstraint} with a foreign key. Identifiers are
 * written by the migration's author, never taken from input.
 */
public final class Pgm {

    private Pgm() {}

    public static Column column(String name, String definition) {
        return new Column(name, definition);
    }

    /** {@code CREATE TABLE}; undone by {@code DROP TABLE}, which loses the rows it holds then. */
    public static SchemaOperation createTable(String table, Column... columns) {
        return new SchemaOperations.CreateTable(table, List.of(columns));
    }

    /** {@code ALTER TABLE ... ADD COLUMN}; undone by {@code DROP COLUMN}, which loses its non-NULL values. */
    public static SchemaOperation addColumn(String table, Column column) {
        return new SchemaOperations.AddColumn(table, column);
    }

    /** {@code CREATE INDEX idx_<table>_<columns>}; undone by {@code DROP INDEX}. */
    public static SchemaOperation createIndex(String table, String... columns) {
        return new SchemaOperations.CreateIndex(
                table, SchemaOperations.indexName(table, columns), List.of(columns), false);
    }

    /** {@code CREATE UNIQUE INDEX idx_<table>_<columns>}; undone by {@code DROP INDEX}. */
    public static SchemaOperation createUniqueIndex(String table, String... columns) {
        return new SchemaOperations.CreateIndex(
                table, SchemaOperations.indexName(table, columns), List.of(columns), true);
    }

    /**
     * {@code ADD CONSTRAINT name FOREIGN KEY (column) REFERENCES references ON DELETE onDelete}, added
     * {@code NOT VALID} and then validated, the form that is safe on a table in use; undone by
     * {@code DROP CONSTRAINT}.
     */
    public static SchemaOperation addForeignKey(
            String table, String name, String column, String references, String onDelete) {
        return new SchemaOperations.AddForeignKey(table, name, column, references, onDelete);
    }

    /** A column and its SQL definition, e.g. {@code column("theme", "varchar(20) NOT NULL DEFAULT 'light'")}. */
    public record Column(String name, String definition) {

        String sql() {
            return name + " " + definition;
        }
    }
}
