package io.fieldguide.migration.javamigration;

import java.util.List;

/** The constraint operations {@link Operations} builds. */
final class ConstraintOperations {

    private ConstraintOperations() {}

    /**
     * {@code ADD CONSTRAINT ... NOT VALID}: checks new and changed rows only, so it holds its lock for
     * a moment instead of for a scan of the table.
     */
    record AddNotValid(String table, String name, String definition) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition + " NOT VALID");
        }

        @Override
        public List<String> downSql() {
            return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        }
    }

    /**
     * {@code VALIDATE CONSTRAINT}: scans the existing rows under a lock that lets writes go on. It has
     * no inverse of its own: the constraint is dropped by the down of the operation that added it.
     */
    record Validate(String table, String name) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name);
        }

        @Override
        public List<String> downSql() {
            return List.of();
        }
    }
}
