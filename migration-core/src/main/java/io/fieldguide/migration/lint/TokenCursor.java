package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A forward-only reader over a statement's tokens, with the few look-ahead helpers the statement
 * parsers need. Every method tolerates the end of input (returning null, false or an empty list)
 * so that a truncated or unusual statement degrades to "not recognised" instead of an exception.
 */
final class TokenCursor {

    private final List<SqlToken> tokens;
    private int pos;

    TokenCursor(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    SqlToken peek() {
        return peek(0);
    }

    SqlToken peek(int ahead) {
        int index = pos + ahead;
        return index < tokens.size() ? tokens.get(index) : null;
    }

    SqlToken next() {
        return atEnd() ? null : tokens.get(pos++);
    }

    /** True if the next tokens are exactly these words; consumes nothing. */
    boolean peekWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            SqlToken token = peek(i);
            if (token == null || !token.isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the words and returns true if the next tokens are exactly these words. */
    boolean acceptWords(String... words) {
        if (!peekWords(words)) {
            return false;
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        SqlToken token = peek();
        if (token != null && token.isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads {@code name} or {@code schema.name} (or {@code db.schema.name}); null if no identifier is next. */
    QualifiedName readQualifiedName() {
        SqlToken first = peek();
        if (first == null || !first.isIdentifier()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(next().identifier());
        while (peek() != null && peek().isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
            pos++;
            parts.add(next().identifier());
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        return new QualifiedName(schema, name);
    }

    /** Reads one identifier, folded; null if the next token is not an identifier. */
    String readIdentifier() {
        SqlToken token = peek();
        if (token == null || !token.isIdentifier()) {
            return null;
        }
        pos++;
        return token.identifier();
    }

    /**
     * If a {@code (} is next, consumes the whole balanced group and returns the tokens between the
     * outer parentheses; otherwise consumes nothing and returns an empty list.
     */
    List<SqlToken> readParenthesized() {
        if (peek() == null || !peek().isSymbol("(")) {
            return List.of();
        }
        List<SqlToken> group = nextGroup();
        int end = group.get(group.size() - 1).isSymbol(")") ? group.size() - 1 : group.size();
        return group.subList(1, end);
    }

    /** Consumes one token, or a whole balanced {@code (...)} / {@code [...]} group, and returns what it consumed. */
    List<SqlToken> nextGroup() {
        if (atEnd()) {
            return List.of();
        }
        int start = pos;
        int depth = 0;
        do {
            SqlToken token = tokens.get(pos++);
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            }
        } while (depth > 0 && pos < tokens.size());
        return tokens.subList(start, pos);
    }

    /** Consumes tokens until one of the words appears outside parentheses; returns whether it was found. */
    boolean skipToWord(String... words) {
        while (!atEnd()) {
            if (peek().isAnyWord(words)) {
                return true;
            }
            nextGroup();
        }
        return false;
    }

    /** The tokens not yet consumed. */
    List<SqlToken> rest() {
        return tokens.subList(Math.min(pos, tokens.size()), tokens.size());
    }

    /** Splits tokens at the commas that are outside any parentheses or brackets. */
    static List<List<SqlToken>> splitTopLevel(List<SqlToken> tokens) {
        List<List<SqlToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            } else if (token.isSymbol(",") && depth == 0) {
                addIfNotEmpty(parts, tokens.subList(start, i));
                start = i + 1;
            }
        }
        addIfNotEmpty(parts, tokens.subList(start, tokens.size()));
        return parts;
    }

    /** True if the words appear in sequence somewhere outside parentheses. */
    static boolean containsTopLevel(List<SqlToken> tokens, String... words) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && matchesAt(tokens, i, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<SqlToken> tokens, int index, String... words) {
        if (index + words.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(index + i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static void addIfNotEmpty(List<List<SqlToken>> parts, List<SqlToken> part) {
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }
}
