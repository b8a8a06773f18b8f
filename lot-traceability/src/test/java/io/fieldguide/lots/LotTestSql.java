package io.fieldguide.lots;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** SQL reads and writes for the module's tests, on the test database the service runs on. */
public final class LotTestSql {

    private LotTestSql() {}

    public static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    public static String text(DataSource dataSource, String query) {
        List<Map<String, Object>> rows = rows(dataSource, query);
        return rows.isEmpty()
                ? null
                : String.valueOf(rows.get(0).values().iterator().next());
    }

    public static List<Map<String, Object>> rows(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    row.put(rows.getMetaData().getColumnLabel(column), rows.getObject(column));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** Column 1 of every row, as text. */
    public static List<String> column(DataSource dataSource, String query) {
        return rows(dataSource, query).stream()
                .map(row -> String.valueOf(row.values().iterator().next()))
                .toList();
    }
}
