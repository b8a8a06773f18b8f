package io.fieldguide.migration.lint;

/**
 * A statement of the script being linted, with its position and what the parser made of it.
 *
 * @param index 0-based position in the script; allow markers attach to this
 * @param sql the statement as split from the script
 * @param parsed what the statement does
 */
record AnalyzedStatement(int index, SqlStatement sql, ParsedStatement parsed) {

    int line() {
        return sql.line();
    }

    /** The statement's start, whitespace collapsed and cut short, to name it in a message. */
    String summary() {
        String text = sql.text().replaceAll("\\s+", " ");
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
