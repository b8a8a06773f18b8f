package io.fieldguide.migration.lint;

import java.util.List;

/**
 * One statement of a script, without its terminating semicolon.
 *
 * @param text the source text from the first token to the end of the last one, inner comments included
 * @param line 1-based line of the first token
 * @param endLine 1-based line of the terminating semicolon, or of the end of the last token if there is none
 * @param startOffset 0-based offset of the first token
 * @param endOffset 0-based offset just past the statement: the semicolon's offset, or the end of the last token
 * @param tokens the statement's tokens, comments excluded
 */
public record SqlStatement(String text, int line, int endLine, int startOffset, int endOffset, List<SqlToken> tokens) {

    public SqlStatement {
        tokens = List.copyOf(tokens);
    }

    /** True if the statement's leading words are {@code words}, compared case-insensitively. */
    public boolean startsWithWords(String... words) {
        if (tokens.size() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }
}
