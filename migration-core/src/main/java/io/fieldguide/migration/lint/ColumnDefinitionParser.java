package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a column definition ({@code name type [constraints]}) and column types. */
final class ColumnDefinitionParser {

    /** Words that end a column's type and start its constraints. */
    private static final String[] COLUMN_TYPE_END = {
        "CONSTRAINT",
        "NOT",
        "NULL",
        "DEFAULT",
        "CHECK",
        "UNIQUE",
        "PRIMARY",
        "REFERENCES",
        "GENERATED",
        "COLLATE",
        "COMPRESSION",
        "STORAGE",
        "DEFERRABLE",
        "INITIALLY"
    };

    /** Words that end a DEFAULT expression (NOT only when followed by NULL or DEFERRABLE). */
    private static final String[] DEFAULT_END = {
        "CONSTRAINT",
        "NULL",
        "CHECK",
        "UNIQUE",
        "PRIMARY",
        "REFERENCES",
        "GENERATED",
        "COLLATE",
        "DEFERRABLE",
        "INITIALLY"
    };

    private ColumnDefinitionParser() {}

    /** Parses the tokens of one column definition; null if they do not start with a column name. */
    static ColumnDefinition parse(List<SqlToken> tokens) {
        TokenCursor cursor = new TokenCursor(tokens);
        SqlToken nameToken = cursor.peek();
        String name = cursor.readIdentifier();
        if (name == null) {
            return null;
        }
        ColumnType type = parseType(cursor, COLUMN_TYPE_END);
        boolean notNull = false;
        List<SqlToken> defaultExpression = null;
        boolean check = false;
        boolean unique = false;
        boolean primaryKey = false;
        QualifiedName references = null;
        boolean identity = false;
        boolean generatedStored = false;
        while (!cursor.atEnd()) {
            if (cursor.acceptWords("CONSTRAINT")) {
                cursor.next();
            } else if (cursor.acceptWords("NOT", "NULL")) {
                notNull = true;
            } else if (cursor.acceptWords("DEFAULT")) {
                defaultExpression = readDefault(cursor);
            } else if (cursor.acceptWords("CHECK")) {
                check = true;
                cursor.readParenthesized();
            } else if (cursor.acceptWords("UNIQUE")) {
                unique = true;
            } else if (cursor.acceptWords("PRIMARY", "KEY")) {
                primaryKey = true;
            } else if (cursor.acceptWords("REFERENCES")) {
                references = readReferences(cursor);
            } else if (cursor.acceptWords("GENERATED")) {
                cursor.acceptWords("ALWAYS");
                cursor.acceptWords("BY", "DEFAULT");
                cursor.acceptWords("AS");
                if (cursor.acceptWords("IDENTITY")) {
                    identity = true;
                    cursor.readParenthesized();
                } else {
                    cursor.readParenthesized();
                    generatedStored = cursor.acceptWords("STORED");
                }
            } else {
                cursor.nextGroup();
            }
        }
        return new ColumnDefinition(
                name,
                type,
                notNull,
                defaultExpression,
                check,
                unique,
                primaryKey,
                references,
                identity,
                generatedStored,
                nameToken.line());
    }

    /**
     * Reads a type up to one of the {@code endWords}: {@code numeric(10, 2)}, {@code timestamp(3) with time zone},
     * {@code pg_catalog.int4}, {@code text[]}, {@code int ARRAY}. Returns null if no type is there.
     */
    static ColumnType parseType(TokenCursor cursor, String... endWords) {
        List<String> words = new ArrayList<>();
        String modifier = null;
        boolean array = false;
        int line = cursor.peek() == null ? 0 : cursor.peek().line();
        while (!cursor.atEnd()) {
            SqlToken token = cursor.peek();
            if (token.isAnyWord(endWords)) {
                break;
            } else if (token.isSymbol("(")) {
                modifier = joinTexts(cursor.readParenthesized());
            } else if (token.isSymbol("[")) {
                cursor.nextGroup();
                array = true;
            } else if (token.isWord("ARRAY")) {
                cursor.nextGroup();
                array = true;
            } else if (token.isSymbol(".")) {
                cursor.next();
                words.clear(); // a schema qualification: keep only the type's own name
            } else if (token.kind() == SqlToken.Kind.WORD) {
                words.add(cursor.next().text().toLowerCase(Locale.ROOT));
            } else if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
                words.add(cursor.next().text());
            } else {
                break;
            }
        }
        return words.isEmpty() ? null : new ColumnType(String.join(" ", words), modifier, array, line);
    }

    private static List<SqlToken> readDefault(TokenCursor cursor) {
        List<SqlToken> expression = new ArrayList<>(cursor.nextGroup());
        while (!cursor.atEnd() && !endsDefault(cursor)) {
            expression.addAll(cursor.nextGroup());
        }
        return expression;
    }

    private static boolean endsDefault(TokenCursor cursor) {
        return cursor.peek().isAnyWord(DEFAULT_END)
                || cursor.peekWords("NOT", "NULL")
                || cursor.peekWords("NOT", "DEFERRABLE");
    }

    /** {@code REFERENCES t [(cols)] [MATCH x] [ON DELETE|UPDATE action]...}; the actions may say SET DEFAULT. */
    private static QualifiedName readReferences(TokenCursor cursor) {
        QualifiedName table = cursor.readQualifiedName();
        cursor.readParenthesized();
        while (true) {
            if (cursor.acceptWords("MATCH")) {
                cursor.next();
            } else if (cursor.acceptWords("ON")) {
                cursor.next();
                if (cursor.acceptWords("SET")) {
                    cursor.next();
                    cursor.readParenthesized();
                } else if (!cursor.acceptWords("NO", "ACTION")) {
                    cursor.next();
                }
            } else {
                return table;
            }
        }
    }

    private static String joinTexts(List<SqlToken> tokens) {
        StringBuilder text = new StringBuilder();
        for (SqlToken token : tokens) {
            if (token.isSymbol(",")) {
                text.append(", ");
            } else {
                text.append(token.text());
            }
        }
        return text.toString().trim();
    }
}
