package io.fieldguide.migration.javamigration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The operations on tables and their columns that {@link Operations} builds. */
final class TableOperations {

    private TableOperations() {}

    record CreateTable(String table, List<Column> columns) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("CREATE TABLE " + table + " ("
                    + columns.stream().map(Column::sql).collect(Collectors.joining(", ")) + ")");
        }

        @Override
        public List<String> downSql() {
            return List.of("DROP TABLE " + table);
        }
    }

    record AddColumn(String table, Column column) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("ALTER TABLE " + table + " ADD COLUMN " + column.sql());
        }

        @Override
        public List<String> downSql() {
            return List.of("ALTER TABLE " + table + " DROP COLUMN " + column.name());
        }
    }

    /**
     * Renames the table and leaves a view under the old name, so that the release still running
     * against the old name keeps reading (and, a simple view being updatable, writing) during the
     * deploy. The view goes in a later release with {@link OldTableName}, inverted.
     */
    record RenameTable(String from, String to) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            List<String> sql = new ArrayList<>(List.of("ALTER TABLE " + from + " RENAME TO " + to));
            sql.addAll(new OldTableName(from, to).upSql());
            return sql;
        }

        @Override
        public List<String> downSql() {
            List<String> sql = new ArrayList<>(new OldTableName(from, to).downSql());
            sql.add("ALTER TABLE " + to + " RENAME TO " + from);
            return sql;
        }
    }

    /**
     * The view that keeps a renamed table readable under its old name. {@code SELECT *} is expanded
     * when the view is created: columns added later are not in it, which the old release does not
     * know about anyway.
     */
    record OldTableName(String oldName, String table) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("CREATE VIEW " + oldName + " AS SELECT * FROM " + table);
        }

        @Override
        public List<String> downSql() {
            return List.of("DROP VIEW " + oldName);
        }
    }
}
