package io.fieldguide.migration.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Small JDBC reads for assertions. */
public final class TestSql {

    private TestSql() {}

    public static long count(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** The first column of the first row, as text (null if the value is null). */
    public static String text(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    public static boolean exists(DataSource dataSource, String regclass) {
        return count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT to_regclass('" + regclass + "') AS r) x WHERE r IS NOT NULL")
                == 1;
    }

    public static boolean columnExists(DataSource dataSource, String table, String column) {
        return count(
                        dataSource,
                        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                                + table + "' AND column_name = '" + column + "'")
                == 1;
    }
}
