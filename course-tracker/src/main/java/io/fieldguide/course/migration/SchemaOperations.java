package io.fieldguide.course.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** The operations {@link Pgm} builds. */
final class SchemaOperations {

    /** Counting stops here: the answer is only whether there is data, and roughly how much. */
    private static final long COUNT_CAP = 1_000_000;

    private SchemaOperations() {}

    static String indexName(String table, String... columns) {
        return "idx_" + table + "_" + String.join("_", columns);
    }

    record CreateTable(String table, List<Pgm.Column> columns) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("CREATE TABLE " + table + " ("
                    + columns.stream().map(Pgm.Column::sql).collect(Collectors.joining(", ")) + ")");
        }

        @Override
        public List<String> downSql() {
            return List.of("DROP TABLE " + table);
        }

        @Override
        public List<String> dataAtRisk(Connection connection) throws SQLException {
            if (!tableExists(connection, table)) {
                return List.of();
            }
            long rows = count(connection, "SELECT 1 FROM " + table);
            return rows == 0 ? List.of() : List.of(describe(rows) + " rows in " + table);
        }
    }

    record AddColumn(String table, Pgm.Column column) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("ALTER TABLE " + table + " ADD COLUMN " + column.sql());
        }

        @Override
        public List<String> downSql() {
            return List.of("ALTER TABLE " + table + " DROP COLUMN " + column.name());
        }

        @Override
        public List<String> dataAtRisk(Connection connection) throws SQLException {
            if (!columnExists(connection, table, column.name())) {
                return List.of();
            }
            long values = count(connection, "SELECT 1 FROM " + table + " WHERE " + column.name() + " IS NOT NULL");
            return values == 0 ? List.of() : List.of(describe(values) + " values in " + table + "." + column.name());
        }
    }

    record CreateIndex(String table, String name, List<String> columns, boolean unique) implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table + " ("
                    + String.join(", ", columns) + ")");
        }

        @Override
        public List<String> downSql() {
            return List.of("DROP INDEX " + name);
        }
    }

    record AddForeignKey(String table, String name, String column, String references, String onDelete)
            implements SchemaOperation {

        @Override
        public List<String> upSql() {
            return List.of(
                    "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + column + ") REFERENCES "
                            + references + " ON DELETE " + onDelete + " NOT VALID",
                    "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name);
        }

        @Override
        public List<String> downSql() {
            return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean columnExists(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped)")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static long count(Connection connection, String rows) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT count(*) FROM (" + rows + " LIMIT " + COUNT_CAP + ") capped")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String describe(long count) {
        return count == COUNT_CAP ? "at least " + count : Long.toString(count);
    }
}
