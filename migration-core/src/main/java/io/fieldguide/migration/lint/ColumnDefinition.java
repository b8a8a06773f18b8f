package io.fieldguide.migration.lint;

import java.util.List;

/**
 * A column definition from {@code CREATE TABLE} or {@code ALTER TABLE ... ADD COLUMN}, with the
 * inline constraints that decide whether adding it locks or rewrites a table.
 *
 * @param name the column name, folded
 * @param type the declared type; null if the definition could not be read
 * @param notNull whether {@code NOT NULL} is declared
 * @param defaultExpression the tokens of the {@code DEFAULT} expression, or null without a default
 * @param check whether an inline {@code CHECK} is declared
 * @param unique whether an inline {@code UNIQUE} is declared
 * @param primaryKey whether an inline {@code PRIMARY KEY} is declared
 * @param references the table of an inline {@code REFERENCES}, or null
 * @param identity whether the column is {@code GENERATED ... AS IDENTITY}
 * @param generatedStored whether the column is {@code GENERATED ALWAYS AS (...) STORED}
 * @param line 1-based line of the column name
 */
record ColumnDefinition(
        String name,
        ColumnType type,
        boolean notNull,
        List<SqlToken> defaultExpression,
        boolean check,
        boolean unique,
        boolean primaryKey,
        QualifiedName references,
        boolean identity,
        boolean generatedStored,
        int line) {

    public boolean hasDefault() {
        return defaultExpression != null;
    }

    /** serial types fill every existing row from a sequence, like a volatile default. */
    public boolean isSerial() {
        return type != null && type.isAnyOf(ColumnTypes.SERIAL_TYPES);
    }
}
