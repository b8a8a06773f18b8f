package io.fieldguide.migration.javamigration;

import java.util.List;

/**
 * One reversible schema change: the SQL that makes it and the SQL that undoes it. Built by
 * {@link Operations}; identifiers are written by the migration's author, never taken from input.
 */
public interface SchemaOperation {

    List<String> upSql();

    List<String> downSql();

    /**
     * A concurrent index build or drop, which PostgreSQL refuses inside a transaction, or a column
     * rename's copy, which commits batch by batch: the migration then runs without a transaction,
     * in both directions.
     */
    default boolean outsideTransaction() {
        return false;
    }

    /** This operation run backwards: its down is the up, e.g. dropping a table is creating it, inverted. */
    default SchemaOperation inverted() {
        SchemaOperation original = this;
        return new SchemaOperation() {
            @Override
            public List<String> upSql() {
                return original.downSql();
            }

            @Override
            public List<String> downSql() {
                return original.upSql();
            }

            @Override
            public boolean outsideTransaction() {
                return original.outsideTransaction();
            }
        };
    }
}
