package io.fieldguide.migration.testing.probe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Each table of the service's schemas with its row count and an md5 of its rows, so a comparison
 * before and after the probe shows any row inserted, changed or deleted. The core's bookkeeping
 * schema is left out: reading a status is allowed to leave a record there, data is not.
 */
final class TableFingerprint {

    private static final String TABLES = "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
            + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            + " AND table_schema NOT IN ('pg_catalog', 'information_schema', 'migration_core')"
            + " AND table_schema NOT LIKE 'pg\\_%' ORDER BY 1";

    private TableFingerprint() {}

    static Map<String, String> of(DataSource dataSource) {
        Map<String, String> fingerprint = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(TABLES)) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                String sql =
                        "SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-')"
                                + " FROM " + table + " t";
                try (ResultSet rows = statement.executeQuery(sql)) {
                    rows.next();
                    fingerprint.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fingerprint the service's tables", e);
        }
        return fingerprint;
    }
}
