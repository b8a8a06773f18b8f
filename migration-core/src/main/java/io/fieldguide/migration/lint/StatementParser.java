package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the statements the rules reason about. This is not a SQL parser: it reads the few
 * grammar shapes that matter for locking and leaves everything else as {@link ParsedStatement.Other}.
 */
final class StatementParser {

    private static final String[] TABLE_CONSTRAINT_STARTS = {
        "CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN", "EXCLUDE", "LIKE"
    };

    private StatementParser() {}

    static ParsedStatement parse(SqlStatement statement) {
        List<SqlToken> tokens = statement.tokens();
        TokenCursor cursor = new TokenCursor(tokens);
        if (cursor.acceptWords("CREATE")) {
            ParsedStatement create = parseCreate(cursor);
            if (create != null) {
                return create;
            }
        } else if (cursor.acceptWords("DROP")) {
            return parseDrop(cursor);
        } else if (cursor.peekWords("ALTER", "TABLE")) {
            ParsedStatement alter = AlterTableParser.parse(cursor);
            if (alter != null) {
                return alter;
            }
        } else if (cursor.peekWords("SET") || cursor.peekWords("RESET") || cursor.peekWords("SELECT", "set_config")) {
            ParsedStatement set = parseSet(cursor);
            if (set != null) {
                return set;
            }
        } else if (statement.startsWithWords("START", "TRANSACTION")) {
            return new ParsedStatement.TransactionControl("START TRANSACTION");
        } else if (tokens.get(0).isAnyWord("BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT")) {
            return new ParsedStatement.TransactionControl(tokens.get(0).upper());
        }
        return other(tokens);
    }

    private static ParsedStatement parseCreate(TokenCursor cursor) {
        cursor.acceptWords("OR", "REPLACE");
        if (!cursor.acceptWords("GLOBAL")) {
            cursor.acceptWords("LOCAL");
        }
        if (!cursor.acceptWords("TEMPORARY") && !cursor.acceptWords("TEMP")) {
            cursor.acceptWords("UNLOGGED");
        }
        if (cursor.acceptWords("TABLE")) {
            return parseCreateTable(cursor);
        }
        boolean unique = cursor.acceptWords("UNIQUE");
        if (cursor.acceptWords("INDEX")) {
            return parseCreateIndex(cursor, unique);
        }
        if (cursor.acceptWords("MATERIALIZED", "VIEW")) {
            cursor.acceptWords("IF", "NOT", "EXISTS");
            QualifiedName name = cursor.readQualifiedName();
            return name == null ? null : new ParsedStatement.CreateMaterializedView(name);
        }
        cursor.acceptWords("CONSTRAINT");
        if (cursor.acceptWords("TRIGGER")) {
            return cursor.skipToWord("ON") && cursor.acceptWords("ON")
                    ? new ParsedStatement.CreateTrigger(cursor.readQualifiedName())
                    : null;
        }
        return null;
    }

    private static ParsedStatement parseCreateTable(TokenCursor cursor) {
        boolean ifNotExists = cursor.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName table = cursor.readQualifiedName();
        if (table == null) {
            return null;
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        List<QualifiedName> locked = new ArrayList<>();
        if (cursor.acceptWords("PARTITION", "OF")) {
            addIfNotNull(locked, cursor.readQualifiedName());
            cursor.readParenthesized(); // partition column options: no column types to check
        } else if (cursor.acceptWords("OF")) {
            cursor.readQualifiedName();
            cursor.readParenthesized();
        } else {
            for (List<SqlToken> element : TokenCursor.splitTopLevel(cursor.readParenthesized())) {
                if (element.get(0).isAnyWord(TABLE_CONSTRAINT_STARTS)) {
                    addIfNotNull(locked, referencedTable(element));
                } else {
                    ColumnDefinition column = ColumnDefinitionParser.parse(element);
                    if (column != null) {
                        columns.add(column);
                        addIfNotNull(locked, column.references());
                    }
                }
            }
        }
        if (cursor.skipToWord("INHERITS") && cursor.acceptWords("INHERITS")) {
            for (List<SqlToken> parent : TokenCursor.splitTopLevel(cursor.readParenthesized())) {
                addIfNotNull(locked, new TokenCursor(parent).readQualifiedName());
            }
        }
        return new ParsedStatement.CreateTable(table, ifNotExists, columns, locked);
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table ...}. */
    private static ParsedStatement parseCreateIndex(TokenCursor cursor, boolean unique) {
        boolean concurrently = cursor.acceptWords("CONCURRENTLY");
        boolean ifNotExists = cursor.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = cursor.peekWords("ON") ? null : cursor.readQualifiedName();
        if (!cursor.acceptWords("ON")) {
            return null;
        }
        cursor.acceptWords("ONLY");
        QualifiedName table = cursor.readQualifiedName();
        return table == null ? null : new ParsedStatement.CreateIndex(name, table, concurrently, ifNotExists, unique);
    }

    /** {@code DROP <type> [CONCURRENTLY] [IF EXISTS] name [(args)] [, ...] [ON table] [CASCADE | RESTRICT]}. */
    private static ParsedStatement parseDrop(TokenCursor cursor) {
        SqlToken typeToken = cursor.next();
        if (typeToken == null) {
            return new ParsedStatement.Other("DROP", false);
        }
        String objectType = typeToken.upper();
        if (typeToken.isAnyWord("MATERIALIZED", "FOREIGN", "EVENT", "ACCESS", "TEXT", "USER", "OPERATOR")
                && cursor.peek() != null) {
            objectType += " " + cursor.next().upper();
        }
        boolean concurrently = cursor.acceptWords("CONCURRENTLY");
        boolean ifExists = cursor.acceptWords("IF", "EXISTS");
        List<QualifiedName> names = new ArrayList<>();
        QualifiedName onTable = null;
        while (!cursor.atEnd()) {
            if (cursor.acceptWords("ON")) {
                onTable = cursor.readQualifiedName();
                continue;
            }
            QualifiedName name =
                    cursor.peekWords("CASCADE") || cursor.peekWords("RESTRICT") ? null : cursor.readQualifiedName();
            if (name == null) {
                cursor.nextGroup();
                continue;
            }
            names.add(name);
            cursor.readParenthesized(); // DROP FUNCTION f(int)
            cursor.acceptSymbol(",");
        }
        return new ParsedStatement.Drop(objectType, names, onTable, concurrently, ifExists);
    }

    private static ParsedStatement parseSet(TokenCursor cursor) {
        if (cursor.acceptWords("RESET")) {
            String name = cursor.readIdentifier();
            return name == null ? null : new ParsedStatement.SetParameter(name, null, false);
        }
        if (cursor.acceptWords("SELECT", "set_config")) {
            List<List<SqlToken>> args = TokenCursor.splitTopLevel(cursor.readParenthesized());
            if (args.size() != 3
                    || args.get(0).size() != 1
                    || args.get(0).get(0).kind() != SqlToken.Kind.STRING) {
                return null;
            }
            String name = args.get(0).get(0).stringValue().toLowerCase(Locale.ROOT);
            boolean local = args.get(2).get(0).isWord("true");
            return new ParsedStatement.SetParameter(name, valueOf(args.get(1)), local);
        }
        cursor.acceptWords("SET");
        boolean local = cursor.acceptWords("LOCAL");
        cursor.acceptWords("SESSION");
        String name = cursor.readIdentifier();
        if (name == null || !(cursor.acceptWords("TO") || cursor.acceptSymbol("="))) {
            return null;
        }
        return new ParsedStatement.SetParameter(name, valueOf(cursor.rest()), local);
    }

    private static String valueOf(List<SqlToken> tokens) {
        StringBuilder value = new StringBuilder();
        for (SqlToken token : tokens) {
            value.append(token.kind() == SqlToken.Kind.STRING ? token.stringValue() : token.text());
        }
        return value.toString();
    }

    private static ParsedStatement other(List<SqlToken> tokens) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size() && words.size() < 3 && tokens.get(i).kind() == SqlToken.Kind.WORD; i++) {
            words.add(tokens.get(i).upper());
        }
        return new ParsedStatement.Other(String.join(" ", words), TokenCursor.containsTopLevel(tokens, "CONCURRENTLY"));
    }

    /** The table after REFERENCES in a table constraint, or null. */
    static QualifiedName referencedTable(List<SqlToken> tokens) {
        TokenCursor cursor = new TokenCursor(tokens);
        return cursor.skipToWord("REFERENCES") && cursor.acceptWords("REFERENCES") ? cursor.readQualifiedName() : null;
    }

    private static <T> void addIfNotNull(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }
}
