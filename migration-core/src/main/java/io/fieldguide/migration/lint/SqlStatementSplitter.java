package io.fieldguide.migration.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a PostgreSQL script into statements at top-level semicolons, the way Flyway does.
 *
 * <p>Because the split runs on tokens, semicolons inside strings, quoted identifiers, comments and
 * dollar-quoted bodies ({@code DO $$ ... $$}, function bodies) never end a statement. Two further
 * cases keep a semicolon inside a statement: parentheses (as in {@code CREATE RULE ... DO (a; b)})
 * and the SQL-standard function body {@code BEGIN ATOMIC ... END}, in which {@code CASE ... END}
 * nests, exactly as in Flyway's PostgreSQL parser.
 */
public final class SqlStatementSplitter {

    private SqlStatementSplitter() {}

    public static SqlScript split(String sql) {
        SqlLexer.Result lexed = SqlLexer.lex(sql);
        List<SqlStatement> statements = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        int parenDepth = 0;
        for (SqlToken token : lexed.tokens()) {
            if (token.isSymbol(";") && parenDepth <= 0 && blocks.isEmpty()) {
                addStatement(sql, statements, current, token.offset(), token.line());
                current = new ArrayList<>();
                parenDepth = 0;
                continue;
            }
            if (token.isSymbol("(")) {
                parenDepth++;
            } else if (token.isSymbol(")")) {
                parenDepth--;
            } else if (token.isWord("ATOMIC")
                    && !current.isEmpty()
                    && current.get(current.size() - 1).isWord("BEGIN")) {
                blocks.push("ATOMIC");
            } else if (token.isWord("CASE") && !blocks.isEmpty()) {
                blocks.push("CASE");
            } else if (token.isWord("END") && !blocks.isEmpty()) {
                blocks.pop();
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            SqlToken last = current.get(current.size() - 1);
            int end = last.offset() + last.text().length();
            addStatement(sql, statements, current, end, last.line() + newlines(last.text()));
        }
        return new SqlScript(statements, lexed.comments());
    }

    private static void addStatement(
            String sql, List<SqlStatement> statements, List<SqlToken> tokens, int end, int endLine) {
        if (tokens.isEmpty()) {
            return; // a stray ";" is not a statement
        }
        SqlToken first = tokens.get(0);
        SqlToken last = tokens.get(tokens.size() - 1);
        String text = sql.substring(first.offset(), last.offset() + last.text().length());
        statements.add(new SqlStatement(text, first.line(), endLine, first.offset(), end, tokens));
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
