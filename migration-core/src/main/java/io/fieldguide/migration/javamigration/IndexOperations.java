package io.fieldguide.migration.javamigration;

import java.util.List;

/** The index operations {@link Operations} builds. */
final class IndexOperations {

    private IndexOperations() {}

    static String indexName(String table, String... columns) {
        return "idx_" + table + "_" + String.join("_", columns);
    }

    record CreateIndex(String table, String name, List<String> columns, boolean unique, boolean concurrent)
            implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (concurrent ? "CONCURRENTLY " : "") + name
                    + " ON " + table + " (" + String.join(", ", columns) + ")");
        }

        @Override
        public List<String> downSql() {
            return List.of("DROP INDEX " + (concurrent ? "CONCURRENTLY " : "") + name);
        }

        @Override
        public boolean outsideTransaction() {
            return concurrent;
        }
    }
}
