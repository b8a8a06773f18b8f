package io.fieldguide.migration.lint;

import java.util.Locale;

/**
 * One lexical token of a SQL script. Comments are not tokens: the lexer keeps them apart as
 * {@link SqlComment} so that rules never mistake commented-out SQL for code, while the allow
 * markers can still be found.
 *
 * @param kind what sort of token this is
 * @param text the exact source text, quotes and dollar tags included
 * @param line 1-based line on which the token starts
 * @param offset 0-based character offset at which the token starts
 */
public record SqlToken(Kind kind, String text, int line, int offset) {

    public enum Kind {
        /** A keyword or an unquoted identifier; PostgreSQL folds these to lower case. */
        WORD,
        /** A {@code "double quoted"} identifier, case kept. */
        QUOTED_IDENTIFIER,
        /** A {@code 'string'}, {@code E'escaped string'}, {@code B'...'}, {@code X'...'} or {@code U&'...'}. */
        STRING,
        /** A {@code $$body$$} or {@code $tag$body$tag$} constant: function bodies and DO blocks. */
        DOLLAR_STRING,
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAMETER,
        /** Punctuation and operators; {@code ::} is one token, other operators are one character each. */
        SYMBOL
    }

    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isAnyWord(String... words) {
        for (String word : words) {
            if (isWord(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    public boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /** The name PostgreSQL sees: unquoted identifiers fold to lower case, quoted ones keep their case. */
    public String identifier() {
        if (kind == Kind.QUOTED_IDENTIFIER) {
            String inner = text.startsWith("U&") || text.startsWith("u&") ? text.substring(2) : text;
            return unquote(inner, '"');
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** The value of a string constant, or the body of a dollar-quoted one. */
    public String stringValue() {
        if (kind == Kind.DOLLAR_STRING) {
            int tagEnd = text.indexOf('$', 1) + 1;
            String tag = text.substring(0, tagEnd);
            boolean terminated = text.length() >= 2 * tag.length() && text.endsWith(tag);
            return text.substring(tagEnd, terminated ? text.length() - tag.length() : text.length());
        }
        if (kind != Kind.STRING) {
            return text;
        }
        int quote = text.indexOf('\'');
        boolean escaped = quote == 1 && (text.charAt(0) == 'E' || text.charAt(0) == 'e');
        String literal = unquote(text.substring(quote), '\'');
        return escaped ? unescapeBackslashes(literal) : literal;
    }

    /** Upper-cased text, for messages that quote a keyword. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    private static String unquote(String quoted, char quote) {
        if (quoted.length() < 2 || quoted.charAt(0) != quote) {
            return quoted;
        }
        int end = quoted.charAt(quoted.length() - 1) == quote ? quoted.length() - 1 : quoted.length();
        String doubled = String.valueOf(quote) + quote;
        return quoted.substring(1, Math.max(1, end)).replace(doubled, String.valueOf(quote));
    }

    private static String unescapeBackslashes(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
