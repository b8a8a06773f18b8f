package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns SQL text into tokens and comments, following PostgreSQL's lexical rules closely enough that
 * a semicolon or keyword inside a string, a quoted identifier, a comment or a dollar-quoted body is
 * never taken for code. Unterminated constructs run to the end of the input instead of failing:
 * the linter must report on scripts, not reject them.
 */
final class SqlLexer {

    record Result(List<SqlToken> tokens, List<SqlComment> comments) {}

    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private final List<SqlComment> comments = new ArrayList<>();
    private int pos;
    private int line = 1;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    static Result lex(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        lexer.run();
        return new Result(List.copyOf(lexer.tokens), List.copyOf(lexer.comments));
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (lookingAt("--")) {
                lineComment();
            } else if (lookingAt("/*")) {
                blockComment();
            } else if (c == '\'') {
                quoted(SqlToken.Kind.STRING, pos, pos, '\'', false);
            } else if (c == '"') {
                quoted(SqlToken.Kind.QUOTED_IDENTIFIER, pos, pos, '"', false);
            } else if (c == '$') {
                dollar();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (isDigit(c) || (c == '.' && pos + 1 < sql.length() && isDigit(sql.charAt(pos + 1)))) {
                number();
            } else {
                int length = lookingAt("::") ? 2 : 1;
                emit(SqlToken.Kind.SYMBOL, pos, pos + length);
            }
        }
    }

    private void lineComment() {
        int end = sql.indexOf('\n', pos);
        end = end < 0 ? sql.length() : end;
        comments.add(new SqlComment(sql.substring(pos, end), line, pos));
        pos = end;
    }

    /** Block comments nest in PostgreSQL, unlike in the SQL standard or Java. */
    private void blockComment() {
        int start = pos;
        int startLine = line;
        int depth = 0;
        while (pos < sql.length()) {
            if (lookingAt("/*")) {
                depth++;
                pos += 2;
            } else if (lookingAt("*/")) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    break;
                }
            } else {
                pos++;
            }
        }
        comments.add(new SqlComment(sql.substring(start, pos), startLine, start));
        line += countNewlines(start, pos);
    }

    /**
     * A quoted string or identifier starting with the quote at {@code quoteAt}; a doubled quote is an
     * escaped quote, and in E'' strings so is a backslash followed by anything.
     */
    private void quoted(SqlToken.Kind kind, int start, int quoteAt, char quote, boolean backslashEscapes) {
        int i = quoteAt + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    i++;
                    break;
                }
            } else {
                i++;
            }
        }
        emit(kind, start, Math.min(i, sql.length()));
    }

    /** {@code $1} is a parameter; {@code $$} or {@code $tag$} opens a body that runs to the same tag. */
    private void dollar() {
        int i = pos + 1;
        if (i < sql.length() && isDigit(sql.charAt(i))) {
            while (i < sql.length() && isDigit(sql.charAt(i))) {
                i++;
            }
            emit(SqlToken.Kind.PARAMETER, pos, i);
            return;
        }
        if (i < sql.length() && isIdentifierStart(sql.charAt(i))) {
            while (i < sql.length() && isTagPart(sql.charAt(i))) {
                i++;
            }
        }
        if (i < sql.length() && sql.charAt(i) == '$') {
            String tag = sql.substring(pos, i + 1);
            int closing = sql.indexOf(tag, i + 1);
            emit(SqlToken.Kind.DOLLAR_STRING, pos, closing < 0 ? sql.length() : closing + tag.length());
        } else {
            emit(SqlToken.Kind.SYMBOL, pos, pos + 1);
        }
    }

    /** A word, or the prefix of a special string constant: E'..', B'..', X'..', N'..', U&'..', U&"..". */
    private void word() {
        int start = pos;
        int i = pos;
        while (i < sql.length() && isIdentifierPart(sql.charAt(i))) {
            i++;
        }
        String word = sql.substring(start, i);
        char next = i < sql.length() ? sql.charAt(i) : 0;
        if (next == '\'' && word.equalsIgnoreCase("E")) {
            quoted(SqlToken.Kind.STRING, start, i, '\'', true);
        } else if (next == '\''
                && (word.equalsIgnoreCase("B") || word.equalsIgnoreCase("X") || word.equalsIgnoreCase("N"))) {
            quoted(SqlToken.Kind.STRING, start, i, '\'', false);
        } else if (next == '&'
                && word.equalsIgnoreCase("U")
                && i + 1 < sql.length()
                && (sql.charAt(i + 1) == '\'' || sql.charAt(i + 1) == '"')) {
            char quote = sql.charAt(i + 1);
            SqlToken.Kind kind = quote == '"' ? SqlToken.Kind.QUOTED_IDENTIFIER : SqlToken.Kind.STRING;
            quoted(kind, start, i + 1, quote, false);
        } else {
            emit(SqlToken.Kind.WORD, start, i);
        }
    }

    private void number() {
        int i = pos;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E');
            if (isDigit(c) || c == '.' || c == '_' || Character.isLetter(c) || exponentSign) {
                i++;
            } else {
                break;
            }
        }
        emit(SqlToken.Kind.NUMBER, pos, i);
    }

    private void emit(SqlToken.Kind kind, int start, int end) {
        tokens.add(new SqlToken(kind, sql.substring(start, end), line, start));
        line += countNewlines(start, end);
        pos = end;
    }

    private int countNewlines(int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (sql.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private boolean lookingAt(String text) {
        return sql.startsWith(text, pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    /** PostgreSQL allows {@code $} inside (not at the start of) an unquoted identifier. */
    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
