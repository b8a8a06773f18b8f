package io.fieldguide.migration.validation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one schema's objects, read from {@code pg_catalog} in a handful of queries. A
 * partition is part of its partitioned table, not a table of its own: partitions come and go with
 * the data (a yearly partition job, a detached year), so they are left out.
 */
record LiveCatalog(
        Map<String, Map<String, Column>> columnsByTable,
        Map<String, Map<String, Index>> indexesByTable,
        Map<String, Map<String, Constraint>> constraintsByTable,
        Map<String, List<String>> enumTypes,
        List<String> views,
        Map<String, List<String>> triggersByTable,
        List<String> functions) {

    record Column(String type, boolean nullable) {}

    record Index(boolean unique, boolean valid, boolean backsConstraint) {}

    record Constraint(char type, String references, boolean validated) {}

    static LiveCatalog read(Connection connection, String schema) throws SQLException {
        Map<String, Map<String, Column>> columns = new HashMap<>();
        query(
                connection,
                schema,
                """
                SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY c.relname, a.attnum""",
                row -> columns.computeIfAbsent(row.getString(1), t -> new LinkedHashMap<>())
                        .put(row.getString(2), new Column(row.getString(3), row.getBoolean(4))));
        Map<String, Map<String, Index>> indexes = new HashMap<>();
        query(
                connection,
                schema,
                """
                SELECT t.relname, i.relname, x.indisunique, x.indisvalid,
                       EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ?""",
                row -> indexes.computeIfAbsent(row.getString(1), t -> new HashMap<>())
                        .put(row.getString(2), new Index(row.getBoolean(3), row.getBoolean(4), row.getBoolean(5))));
        Map<String, Map<String, Constraint>> constraints = new HashMap<>();
        query(
                connection,
                schema,
                """
                SELECT t.relname, k.conname, k.contype, r.relname, k.convalidated
                FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                LEFT JOIN pg_class r ON r.oid = k.confrelid WHERE n.nspname = ? AND k.contype IN ('u', 'f')""",
                row -> constraints
                        .computeIfAbsent(row.getString(1), t -> new HashMap<>())
                        .put(
                                row.getString(2),
                                new Constraint(row.getString(3).charAt(0), row.getString(4), row.getBoolean(5))));
        Map<String, List<String>> enums = new HashMap<>();
        query(
                connection,
                schema,
                """
                SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
                JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ? ORDER BY t.typname, e.enumsortorder""",
                row -> enums.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
                        .add(row.getString(2)));
        List<String> views = new ArrayList<>();
        query(
                connection,
                schema,
                """
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('v', 'm')""",
                row -> views.add(row.getString(1)));
        Map<String, List<String>> triggers = new HashMap<>();
        query(
                connection,
                schema,
                """
                SELECT c.relname, g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND NOT g.tgisinternal""",
                row -> triggers.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
                        .add(row.getString(2)));
        List<String> functions = new ArrayList<>();
        query(
                connection,
                schema,
                """
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?""",
                row -> functions.add(row.getString(1)));
        return new LiveCatalog(columns, indexes, constraints, enums, views, triggers, functions);
    }

    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String schema, String sql, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }
}
