package io.fieldguide.migration.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlStatementSplitterTest {

    private static List<String> texts(String sql) {
        return SqlStatementSplitter.split(sql).statements().stream()
                .map(SqlStatement::text)
                .toList();
    }

    private static List<Integer> lines(String sql) {
        return SqlStatementSplitter.split(sql).statements().stream()
                .map(SqlStatement::line)
                .toList();
    }

    @Test
    void splitsAtSemicolonsAndReportsStartingLines() {
        String sql =
                """
                SET lock_timeout = '5s';

                -- a comment line before the statement
                ALTER TABLE orders
                    ADD COLUMN note text;
                SELECT 1""";
        assertEquals(
                List.of("SET lock_timeout = '5s'", "ALTER TABLE orders\n    ADD COLUMN note text", "SELECT 1"),
                texts(sql));
        assertEquals(List.of(1, 4, 6), lines(sql));
        List<SqlStatement> statements = SqlStatementSplitter.split(sql).statements();
        assertEquals(5, statements.get(1).endLine());
        assertEquals(6, statements.get(2).endLine());
    }

    @Test
    void semicolonInsideSingleQuotedStringWithDoubledQuote() {
        assertEquals(
                List.of("INSERT INTO t VALUES ('it''s; fine')", "SELECT 2"),
                texts("INSERT INTO t VALUES ('it''s; fine'); SELECT 2;"));
    }

    @Test
    void semicolonInsideEscapeStringWithBackslashQuote() {
        assertEquals(List.of("SELECT E'a\\'; b'", "SELECT 2"), texts("SELECT E'a\\'; b'; SELECT 2;"));
    }

    @Test
    void backslashIsNotAnEscapeInStandardStrings() {
        // 'C:\' is a complete string when standard_conforming_strings is on (the default)
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), texts("SELECT 'C:\\'; SELECT 2;"));
    }

    @Test
    void semicolonInsideDoubleQuotedIdentifier() {
        assertEquals(
                List.of("CREATE TABLE \"odd;\"\"name\" (id bigint)", "SELECT 2"),
                texts("CREATE TABLE \"odd;\"\"name\" (id bigint); SELECT 2;"));
    }

    @Test
    void semicolonsInsideCommentsAreIgnoredAndCommentsAreKept() {
        String sql =
                """
                -- drop it; really
                SELECT 1; /* outer ; /* nested ; */ still comment ; */ SELECT 2;
                """;
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(sql));
        SqlScript script = SqlStatementSplitter.split(sql);
        assertEquals(2, script.comments().size());
        assertEquals("drop it; really", script.comments().get(0).body());
        assertEquals(1, script.comments().get(0).line());
        assertEquals(2, script.comments().get(1).line());
        assertTrue(script.comments().get(1).text().endsWith("still comment ; */"));
    }

    @Test
    void doBlockWithDollarQuotesIsOneStatement() {
        String sql =
                """
                DO $$
                BEGIN
                    UPDATE orders SET status = 'new';
                    RAISE NOTICE 'done; really';
                END
                $$;
                SELECT 2;
                """;
        assertEquals(2, texts(sql).size());
        assertTrue(texts(sql).get(0).endsWith("END\n$$"));
        assertEquals(List.of(1, 7), lines(sql));
    }

    @Test
    void taggedDollarQuoteMayContainPlainDollarQuotes() {
        String sql =
                """
                CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$
                BEGIN
                    RETURN $$a;b$$;
                END;
                $fn$;
                SELECT 2;
                """;
        assertEquals(2, texts(sql).size());
        assertEquals(List.of(1, 6), lines(sql));
    }

    @Test
    void positionalParameterIsNotADollarQuote() {
        assertEquals(List.of("PREPARE p AS SELECT $1", "SELECT 2"), texts("PREPARE p AS SELECT $1; SELECT 2;"));
    }

    @Test
    void sqlStandardFunctionBodyIsOneStatement() {
        String sql =
                """
                CREATE FUNCTION grade(score int) RETURNS text LANGUAGE sql
                BEGIN ATOMIC
                    SELECT CASE WHEN score > 50 THEN 'pass' ELSE 'fail' END;
                    SELECT 'unreachable';
                END;
                SELECT 2;
                """;
        assertEquals(2, texts(sql).size());
        assertEquals(List.of(1, 6), lines(sql));
    }

    @Test
    void semicolonInsideParenthesesDoesNotSplit() {
        assertEquals(
                List.of("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)", "SELECT 2"),
                texts("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b); SELECT 2;"));
    }

    @Test
    void emptyStatementsAndCommentOnlyScriptsYieldNothing() {
        assertEquals(List.of("SELECT 1"), texts(";; SELECT 1;;\n;"));
        SqlScript onlyComments = SqlStatementSplitter.split("-- nothing here\n/* nor here */\n");
        assertEquals(0, onlyComments.statements().size());
        assertEquals(2, onlyComments.comments().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 'unterminated", "SELECT \"unterminated", "DO $$ unterminated", "/* unterminated"})
    void unterminatedConstructsRunToTheEndInsteadOfFailing(String sql) {
        SqlScript script = SqlStatementSplitter.split(sql + "; SELECT 2;");
        assertTrue(script.statements().size() <= 1, () -> "got " + script.statements());
    }

    @Test
    void linesCountNewlinesInsideMultiLineTokens() {
        String sql = "SELECT 'a\nb\nc';\n/* x\ny */ SELECT 2;\nSELECT 3;";
        assertEquals(List.of(1, 5, 6), lines(sql)); // SELECT 2 follows the block comment on line 5
    }

    @Test
    void windowsLineEndingsCountOnce() {
        assertEquals(List.of(1, 2, 4), lines("SELECT 1;\r\nSELECT 2;\r\n\r\nSELECT 3;"));
    }
}
