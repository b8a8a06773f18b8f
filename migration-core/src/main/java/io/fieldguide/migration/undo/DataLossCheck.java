package io.fieldguide.migration.undo;

import io.fieldguide.migration.lint.SqlStatement;
import io.fieldguide.migration.lint.SqlStatementSplitter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an undo script would destroy: tables it drops that hold rows, columns it drops that
 * hold values, rows it deletes or truncates. A script that restores the data itself (copies it
 * elsewhere first) says so in a comment {@code -- undo:keeps-data <how>}.
 */
final class DataLossCheck {

    static final String KEEPS_DATA_MARKER = "-- undo:keeps-data";
    private static final long COUNT_CAP = 1_000_000;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern DROP_TABLE =
            Pattern.compile("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.+?)(?:\\s+(?:CASCADE|RESTRICT))?$", FLAGS);
    private static final Pattern ALTER_TABLE =
            Pattern.compile("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(\\S+)\\s+(.*)$", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile(
            "\\bDROP\\s+(?!CONSTRAINT\\b|DEFAULT\\b|NOT\\b|IDENTITY\\b|EXPRESSION\\b)(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(\"[^\"]+\"|[\\w$]+)",
            FLAGS);
    private static final Pattern EMPTYING =
            Pattern.compile("^(?:DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?)\\s+(?:ONLY\\s+)?([\\w$.\"]+)", FLAGS);

    private DataLossCheck() {}

    static List<String> risks(Connection connection, String undoSql) throws SQLException {
        if (undoSql.contains(KEEPS_DATA_MARKER)) {
            return List.of();
        }
        List<String> risks = new ArrayList<>();
        for (SqlStatement statement : SqlStatementSplitter.split(undoSql).statements()) {
            risks.addAll(risksOf(connection, statement.text().trim()));
        }
        return risks;
    }

    private static List<String> risksOf(Connection connection, String sql) throws SQLException {
        List<String> risks = new ArrayList<>();
        Matcher dropTable = DROP_TABLE.matcher(sql);
        Matcher alterTable = ALTER_TABLE.matcher(sql);
        Matcher emptying = EMPTYING.matcher(sql);
        if (dropTable.matches()) {
            for (String table : dropTable.group(1).split(",")) {
                addIfRows(risks, connection, table.trim(), null);
            }
        } else if (alterTable.matches()) {
            Matcher dropColumn = DROP_COLUMN.matcher(alterTable.group(2));
            while (dropColumn.find()) {
                addIfRows(risks, connection, alterTable.group(1), dropColumn.group(1));
            }
        } else if (emptying.find()) {
            addIfRows(risks, connection, emptying.group(1), null);
        }
        return risks;
    }

    private static void addIfRows(List<String> risks, Connection connection, String table, String column)
            throws SQLException {
        if (!exists(connection, table, column)) {
            return;
        }
        String filter = column == null ? "" : " WHERE " + column + " IS NOT NULL";
        String count = "SELECT count(*) FROM (SELECT 1 FROM " + table + filter + " LIMIT " + COUNT_CAP + ") capped";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(count)) {
            result.next();
            long rows = result.getLong(1);
            if (rows > 0) {
                String capped = rows == COUNT_CAP ? "at least " + rows : Long.toString(rows);
                risks.add(
                        column == null ? capped + " rows in " + table : capped + " values in " + table + "." + column);
            }
        }
    }

    private static boolean exists(Connection connection, String table, String column) throws SQLException {
        String sql = column == null
                ? "SELECT to_regclass(?) IS NOT NULL"
                : "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            if (column != null) {
                query.setString(
                        2, column.startsWith("\"") ? column.substring(1, column.length() - 1) : column.toLowerCase());
            }
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
