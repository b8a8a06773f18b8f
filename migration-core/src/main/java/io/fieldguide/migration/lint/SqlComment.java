package io.fieldguide.migration.lint;

/**
 * A {@code -- line} or {@code /* block *}{@code /} comment of a script. Kept so that
 * {@code lint:allow} markers can be matched to the statement they sit on.
 *
 * @param text the exact source text, comment delimiters included
 * @param line 1-based line on which the comment starts
 * @param offset 0-based character offset at which the comment starts
 */
public record SqlComment(String text, int line, int offset) {

    /** The comment without its {@code --} or {@code /* *}{@code /} delimiters, trimmed. */
    public String body() {
        if (text.startsWith("--")) {
            return text.substring(2).trim();
        }
        String inner = text.substring(2);
        if (inner.endsWith("*/")) {
            inner = inner.substring(0, inner.length() - 2);
        }
        return inner.trim();
    }
}
