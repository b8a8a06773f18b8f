package io.fieldguide.course;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Reads the live catalog of the public schema, for the assertions after each migration step. */
final class LiveSchema {

    private final DataSource dataSource;

    LiveSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The service's tables (Flyway's history table left out). */
    TreeSet<String> tables() {
        return new TreeSet<>(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'"));
    }

    /** Column name to "type nullability default", e.g. {@code character varying(20) NOT NULL 'light'::character varying}. */
    Map<String, String> columns(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (List<String> row : rows(
                "SELECT column_name, CASE WHEN character_maximum_length IS NULL THEN data_type"
                        + " ELSE data_type || '(' || character_maximum_length || ')' END,"
                        + " CASE is_nullable WHEN 'YES' THEN 'NULL' ELSE 'NOT NULL' END, coalesce(column_default, '')"
                        + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?"
                        + " ORDER BY ordinal_position",
                table)) {
            columns.put(row.get(0), (row.get(1) + " " + row.get(2) + " " + row.get(3)).trim());
        }
        return columns;
    }

    /** Index name to "valid"/"INVALID" and its definition. */
    Map<String, String> indexes(String table) {
        Map<String, String> indexes = new LinkedHashMap<>();
        for (List<String> row : rows(
                "SELECT c.relname, CASE WHEN i.indisvalid THEN 'valid ' ELSE 'INVALID ' END || pg_get_indexdef(i.indexrelid)"
                        + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE i.indrelid = to_regclass(?) ORDER BY c.relname",
                "public." + table)) {
            indexes.put(row.get(0), row.get(1));
        }
        return indexes;
    }

    /** Foreign key name to "columns -> referenced table(columns) ON DELETE ..." as PostgreSQL prints it. */
    Map<String, String> foreignKeys(String table) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (List<String> row : rows(
                "SELECT conname, pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' ELSE ' (NOT VALIDATED)' END"
                        + " FROM pg_constraint WHERE contype = 'f' AND conrelid = to_regclass(?) ORDER BY conname",
                "public." + table)) {
            keys.put(row.get(0), row.get(1));
        }
        return keys;
    }

    /** Names of CHECK constraints on the table. */
    TreeSet<String> checks(String table) {
        return new TreeSet<>(strings(
                "SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = to_regclass(?)",
                "public." + table));
    }

    List<String> strings(String sql, String... parameters) {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    List<List<String>> rows(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= width; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
