package io.fieldguide.migration.lint;

/**
 * A column's declared type, reduced to what the type rules look at.
 *
 * @param name the type's words, lower-cased and single-spaced, schema qualification and modifier dropped:
 *     {@code "timestamp without time zone"}, {@code "character varying"}, {@code "int4"}; a quoted type
 *     keeps its quotes ({@code "\"char\""}) so that it never matches a keyword
 * @param modifier the text inside the type's parentheses ({@code "255"} for {@code varchar(255)}), or null
 * @param array whether the type is an array ({@code int[]}, {@code int ARRAY})
 * @param line 1-based line of the type's first token
 */
record ColumnType(String name, String modifier, boolean array, int line) {

    public boolean hasModifier() {
        return modifier != null;
    }

    public boolean isAnyOf(String... names) {
        for (String candidate : names) {
            if (name.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The type as written back in messages, e.g. {@code varchar(255)}. */
    public String display() {
        return name + (modifier == null ? "" : "(" + modifier + ")") + (array ? "[]" : "");
    }
}
