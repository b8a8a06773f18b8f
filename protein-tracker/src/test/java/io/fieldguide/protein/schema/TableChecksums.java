package io.fieldguide.protein.schema;

import io.fieldguide.migration.testing.DatabaseReset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Row counts and an md5 over every row of a table (the named columns, in key order): two equal
 * snapshots mean not one value of those tables changed.
 */
final class TableChecksums {

    private TableChecksums() {}

    /** @param tables table name to "columns|key", e.g. {@code "users" -> "id, email|id"} */
    static Map<String, String> of(DataSource dataSource, Map<String, String> tables) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        tables.forEach((table, spec) -> {
            String[] parts = spec.split("\\|");
            String sql = "SELECT count(*) || ':' || coalesce(md5(string_agg(row(" + parts[0]
                    + ")::text, E'\\n' ORDER BY " + parts[1] + ")), '-') FROM " + table;
            snapshot.put(table, single(dataSource, sql));
        });
        return snapshot;
    }

    static String single(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void execute(DataSource dataSource, String sql) {
        DatabaseReset.execute(dataSource, sql);
    }
}
