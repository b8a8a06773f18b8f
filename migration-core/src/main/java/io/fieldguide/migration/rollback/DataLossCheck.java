package io.fieldguide.migration.rollback;

import io.fieldguide.migration.lint.SqlComment;
import io.fieldguide.migration.lint.SqlScript;
import io.fieldguide.migration.lint.SqlStatement;
import io.fieldguide.migration.lint.SqlStatementSplitter;
import io.fieldguide.migration.lint.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what an undo script would destroy: tables it drops, truncates or deletes from that hold
 * rows, columns it drops that hold values, the tables of a schema it drops, the columns of a type
 * or domain it drops. It reads the script with the core's SQL lexer, so a keyword or a marker
 * inside a string or a comment is not mistaken for code. A script that restores the data itself
 * (copies it elsewhere first) says so in a comment {@code -- undo:keeps-data <how>}.
 */
final class DataLossCheck {

    private static final String MARKER_BODY = "undo:keeps-data";

    private final Connection connection;
    private final List<String> risks = new ArrayList<>();

    private DataLossCheck(Connection connection) {
        this.connection = connection;
    }

    static List<String> risks(Connection connection, String undoSql) throws SQLException {
        SqlScript script = SqlStatementSplitter.split(undoSql);
        if (keepsData(script)) {
            return List.of();
        }
        DataLossCheck check = new DataLossCheck(connection);
        for (SqlStatement statement : script.statements()) {
            check.statement(new DestructiveStatement(statement));
        }
        return check.risks;
    }

    private static boolean keepsData(SqlScript script) {
        return script.comments().stream().map(SqlComment::body).anyMatch(body -> body.startsWith(MARKER_BODY));
    }

    private void statement(DestructiveStatement statement) throws SQLException {
        if (statement.startsWith("DROP", "TABLE")) {
            for (String table : statement.names(2)) {
                rowsOf(table);
            }
        } else if (statement.startsWith("DROP", "SCHEMA")) {
            for (String schema : statement.names(2)) {
                tablesOfSchema(schema);
            }
        } else if (statement.startsWith("DROP", "TYPE") || statement.startsWith("DROP", "DOMAIN")) {
            for (String type : statement.names(2)) {
                columnsOfType(type);
            }
        } else if (statement.startsWith("TRUNCATE")) {
            for (String table : statement.names(1)) {
                rowsOf(table);
            }
        } else if (statement.startsWith("DELETE", "FROM")) {
            List<String> table = statement.names(2);
            if (!table.isEmpty()) {
                rowsOf(table.get(0));
            }
        } else if (statement.startsWith("ALTER", "TABLE")) {
            String table = statement.alteredTable();
            for (String column : statement.droppedColumns()) {
                valuesOf(table, column);
            }
        }
    }

    private void rowsOf(String table) throws SQLException {
        if (exists("SELECT to_regclass(?) IS NOT NULL", table)) {
            countAndReport("SELECT 1 FROM " + table, " rows in " + readable(table));
        }
    }

    private void valuesOf(String table, String quotedColumn) throws SQLException {
        String column = quotedColumn.substring(1, quotedColumn.length() - 1).replace("\"\"", "\"");
        String sql = "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?)"
                + " AND attname = ? AND NOT attisdropped)";
        if (exists(sql, table, column)) {
            countAndReport(
                    "SELECT 1 FROM " + table + " WHERE " + quotedColumn + " IS NOT NULL",
                    " values in " + readable(table) + "." + column);
        }
    }

    private void tablesOfSchema(String schema) throws SQLException {
        String sql = "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY 1";
        for (String[] table : query(sql, unquote(schema))) {
            rowsOf(table[0]);
        }
    }

    /** Dropping a type or domain with CASCADE drops every column of that type, with its values. */
    private void columnsOfType(String type) throws SQLException {
        if (!exists("SELECT to_regtype(?) IS NOT NULL", type)) {
            return;
        }
        String sql = "SELECT a.attrelid::regclass::text, quote_ident(a.attname) FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')"
                + " WHERE a.atttypid = to_regtype(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2";
        for (String[] column : query(sql, type)) {
            String quoted = column[1].startsWith("\"") ? column[1] : "\"" + column[1] + "\"";
            valuesOf(column[0], quoted);
        }
    }

    private void countAndReport(String rowsQuery, String what) throws SQLException {
        long cap = 1_000_000;
        String count = "SELECT count(*) FROM (" + rowsQuery + " LIMIT " + cap + ") capped";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(count)) {
            result.next();
            long rows = result.getLong(1);
            if (rows > 0) {
                risks.add((rows == cap ? "at least " + rows : Long.toString(rows)) + what);
            }
        }
    }

    private boolean exists(String sql, String... parameters) throws SQLException {
        List<String[]> rows = query(sql, parameters);
        return !rows.isEmpty() && "t".equals(rows.get(0)[0]);
    }

    private List<String[]> query(String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = result.getObject(c + 1);
                        row[c] = value instanceof Boolean bool ? (bool ? "t" : "f") : String.valueOf(value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** {@code "app"."orders"} reads as {@code app.orders} in a message; names that need quotes keep them. */
    private static String readable(String name) {
        return name.replaceAll("\"([a-z_][a-z0-9_$]*)\"", "$1");
    }

    private static String unquote(String quotedName) {
        return quotedName.substring(1, quotedName.length() - 1).replace("\"\"", "\"");
    }

    /** The tokens of one statement, read the way the destructive statements are written. */
    private static final class DestructiveStatement {

        private static final List<String> NAME_PREFIXES = List.of("IF", "EXISTS", "TABLE", "ONLY");

        private final SqlStatement statement;
        private final List<SqlToken> tokens;

        DestructiveStatement(SqlStatement statement) {
            this.statement = statement;
            this.tokens = statement.tokens();
        }

        boolean startsWith(String... words) {
            return statement.startsWithWords(words);
        }

        /**
         * The comma-separated names after the first {@code from} tokens (past IF EXISTS, TABLE,
         * ONLY), each quoted for PostgreSQL, e.g. {@code "app"."orders"}; stops at the first token
         * that cannot continue a name list (CASCADE, RESTART, WHERE, USING, ...).
         */
        List<String> names(int from) {
            int i = from;
            while (i < tokens.size() && NAME_PREFIXES.stream().anyMatch(tokens.get(i)::isWord)) {
                i++;
            }
            List<String> names = new ArrayList<>();
            while (i < tokens.size() && tokens.get(i).isIdentifier()) {
                StringBuilder name = new StringBuilder(quote(tokens.get(i++)));
                while (i + 1 < tokens.size()
                        && tokens.get(i).isSymbol(".")
                        && tokens.get(i + 1).isIdentifier()) {
                    name.append('.').append(quote(tokens.get(i + 1)));
                    i += 2;
                }
                if (i < tokens.size() && tokens.get(i).isSymbol("*")) {
                    i++;
                }
                names.add(name.toString());
                if (i < tokens.size() && tokens.get(i).isSymbol(",")) {
                    i++;
                } else {
                    break;
                }
            }
            return names;
        }

        String alteredTable() {
            List<String> names = names(2);
            return names.isEmpty() ? null : names.get(0);
        }

        /** The columns of each {@code DROP [COLUMN] [IF EXISTS] name} action, at parenthesis depth 0. */
        List<String> droppedColumns() {
            List<String> columns = new ArrayList<>();
            if (alteredTable() == null) {
                return columns;
            }
            int depth = 0;
            boolean actionStart = false;
            for (int i = 2; i < tokens.size(); i++) {
                SqlToken token = tokens.get(i);
                if (token.isSymbol("(")) {
                    depth++;
                } else if (token.isSymbol(")")) {
                    depth--;
                } else if (depth == 0 && token.isSymbol(",")) {
                    actionStart = true;
                    continue;
                }
                boolean atAction = actionStart || isFirstAction(i);
                actionStart = false;
                if (depth == 0 && atAction && token.isWord("DROP")) {
                    String column = droppedColumnAt(i + 1);
                    if (column != null) {
                        columns.add(column);
                    }
                }
            }
            return columns;
        }

        /** The first action follows {@code ALTER TABLE [IF EXISTS] [ONLY] name}. */
        private boolean isFirstAction(int index) {
            int i = 2;
            while (i < tokens.size() && NAME_PREFIXES.stream().anyMatch(tokens.get(i)::isWord)) {
                i++;
            }
            i++;
            while (i + 1 < tokens.size() && tokens.get(i).isSymbol(".")) {
                i += 2;
            }
            if (i < tokens.size() && tokens.get(i).isSymbol("*")) {
                i++;
            }
            return index == i;
        }

        private String droppedColumnAt(int index) {
            int i = index;
            if (i < tokens.size()
                    && tokens.get(i).isAnyWord("CONSTRAINT", "DEFAULT", "NOT", "IDENTITY", "EXPRESSION")) {
                return null;
            }
            if (i < tokens.size() && tokens.get(i).isWord("COLUMN")) {
                i++;
            }
            if (i + 1 < tokens.size()
                    && tokens.get(i).isWord("IF")
                    && tokens.get(i + 1).isWord("EXISTS")) {
                i += 2;
            }
            return i < tokens.size() && tokens.get(i).isIdentifier() ? quote(tokens.get(i)) : null;
        }

        private static String quote(SqlToken identifier) {
            return "\"" + identifier.identifier().replace("\"", "\"\"") + "\"";
        }
    }
}
