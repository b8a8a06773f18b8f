package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, action ...]}. */
final class AlterTableParser {

    private AlterTableParser() {}

    /** Parses from a cursor positioned on {@code ALTER TABLE}; null for forms it does not model. */
    static ParsedStatement.AlterTable parse(TokenCursor cursor) {
        cursor.acceptWords("ALTER", "TABLE");
        if (cursor.peekWords("ALL", "IN")) {
            return null; // ALTER TABLE ALL IN TABLESPACE: not a per-table change
        }
        cursor.acceptWords("IF", "EXISTS");
        cursor.acceptWords("ONLY");
        QualifiedName table = cursor.readQualifiedName();
        if (table == null) {
            return null;
        }
        cursor.acceptSymbol("*");
        List<AlterAction> actions = new ArrayList<>();
        for (List<SqlToken> action : TokenCursor.splitTopLevel(cursor.rest())) {
            actions.add(parseAction(action));
        }
        return new ParsedStatement.AlterTable(table, actions);
    }

    static AlterAction parseAction(List<SqlToken> tokens) {
        TokenCursor cursor = new TokenCursor(tokens);
        int line = tokens.get(0).line();
        if (cursor.acceptWords("ADD")) {
            return parseAdd(cursor, line);
        }
        if (cursor.acceptWords("DROP")) {
            if (cursor.acceptWords("CONSTRAINT")) {
                cursor.acceptWords("IF", "EXISTS");
                return new AlterAction.DropConstraint(cursor.readIdentifier(), line);
            }
            cursor.acceptWords("COLUMN");
            boolean ifExists = cursor.acceptWords("IF", "EXISTS");
            String column = cursor.readIdentifier();
            return column == null
                    ? new AlterAction.OtherAction("DROP", line)
                    : new AlterAction.DropColumn(column, ifExists, line);
        }
        if (cursor.acceptWords("ALTER")) {
            return parseAlterColumn(cursor, line);
        }
        if (cursor.acceptWords("VALIDATE", "CONSTRAINT")) {
            return new AlterAction.ValidateConstraint(cursor.readIdentifier(), line);
        }
        if (cursor.acceptWords("RENAME")) {
            return parseRename(cursor, line);
        }
        if (cursor.acceptWords("DETACH", "PARTITION")) {
            return new AlterAction.DetachPartition(
                    TokenCursor.containsTopLevel(tokens, "CONCURRENTLY"),
                    TokenCursor.containsTopLevel(tokens, "FINALIZE"),
                    line);
        }
        return new AlterAction.OtherAction(leadingWords(tokens), line);
    }

    private static AlterAction parseAdd(TokenCursor cursor, int line) {
        if (cursor.peek() != null
                && cursor.peek().isAnyWord("CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN", "EXCLUDE")) {
            return parseConstraint(cursor, line);
        }
        cursor.acceptWords("COLUMN");
        boolean ifNotExists = cursor.acceptWords("IF", "NOT", "EXISTS");
        ColumnDefinition column = ColumnDefinitionParser.parse(cursor.rest());
        return column == null
                ? new AlterAction.OtherAction("ADD", line)
                : new AlterAction.AddColumn(column, ifNotExists, line);
    }

    /** {@code ADD [CONSTRAINT name] CHECK (...) | UNIQUE ... | PRIMARY KEY ... | FOREIGN KEY ... | EXCLUDE ... | NOT NULL c}. */
    private static AlterAction parseConstraint(TokenCursor cursor, int line) {
        String name = cursor.acceptWords("CONSTRAINT") ? cursor.readIdentifier() : null;
        List<SqlToken> body = cursor.rest();
        boolean notValid = TokenCursor.containsTopLevel(body, "NOT", "VALID");
        boolean usingIndex = false;
        List<SqlToken> checkExpression = List.of();
        QualifiedName referenced = null;
        String column = null;
        AlterAction.ConstraintKind kind;
        if (cursor.acceptWords("CHECK")) {
            kind = AlterAction.ConstraintKind.CHECK;
            checkExpression = cursor.readParenthesized();
        } else if (cursor.acceptWords("UNIQUE")) {
            kind = AlterAction.ConstraintKind.UNIQUE;
            usingIndex = readsUsingIndex(cursor);
        } else if (cursor.acceptWords("PRIMARY", "KEY")) {
            kind = AlterAction.ConstraintKind.PRIMARY_KEY;
            usingIndex = readsUsingIndex(cursor);
        } else if (cursor.acceptWords("FOREIGN", "KEY")) {
            kind = AlterAction.ConstraintKind.FOREIGN_KEY;
            referenced = StatementParser.referencedTable(body);
        } else if (cursor.acceptWords("NOT", "NULL")) {
            kind = AlterAction.ConstraintKind.NOT_NULL;
            column = cursor.readIdentifier();
        } else if (cursor.acceptWords("EXCLUDE")) {
            kind = AlterAction.ConstraintKind.EXCLUDE;
        } else {
            return new AlterAction.OtherAction("ADD CONSTRAINT", line);
        }
        return new AlterAction.AddConstraint(
                name, kind, notValid, usingIndex, checkExpression, referenced, column, line);
    }

    /** {@code UNIQUE USING INDEX idx}, as opposed to {@code UNIQUE (a) USING INDEX TABLESPACE ts}. */
    private static boolean readsUsingIndex(TokenCursor cursor) {
        if (!cursor.acceptWords("NULLS", "NOT", "DISTINCT")) {
            cursor.acceptWords("NULLS", "DISTINCT");
        }
        return cursor.peekWords("USING", "INDEX") && !cursor.peekWords("USING", "INDEX", "TABLESPACE");
    }

    /** {@code ALTER [COLUMN] c [SET DATA] TYPE t [COLLATE x] [USING e]}, {@code ALTER [COLUMN] c SET | DROP NOT NULL}. */
    private static AlterAction parseAlterColumn(TokenCursor cursor, int line) {
        if (cursor.peekWords("CONSTRAINT")) {
            return new AlterAction.OtherAction("ALTER CONSTRAINT", line);
        }
        cursor.acceptWords("COLUMN");
        String column = cursor.readIdentifier();
        if (column == null) {
            return new AlterAction.OtherAction("ALTER", line);
        }
        if (cursor.acceptWords("SET", "DATA", "TYPE") || cursor.acceptWords("TYPE")) {
            ColumnType type = ColumnDefinitionParser.parseType(cursor, "COLLATE", "USING");
            return type == null
                    ? new AlterAction.OtherAction("ALTER COLUMN TYPE", line)
                    : new AlterAction.AlterColumnType(column, type, line);
        }
        if (cursor.acceptWords("SET", "NOT", "NULL")) {
            return new AlterAction.SetNotNull(column, line);
        }
        if (cursor.acceptWords("DROP", "NOT", "NULL")) {
            return new AlterAction.DropNotNull(column, line);
        }
        return new AlterAction.OtherAction("ALTER COLUMN " + leadingWords(cursor.rest()), line);
    }

    /** {@code RENAME TO t}, {@code RENAME [COLUMN] a TO b}, {@code RENAME CONSTRAINT a TO b}. */
    private static AlterAction parseRename(TokenCursor cursor, int line) {
        if (cursor.acceptWords("TO")) {
            return new AlterAction.RenameTable(cursor.readIdentifier(), line);
        }
        if (cursor.peekWords("CONSTRAINT")) {
            return new AlterAction.OtherAction("RENAME CONSTRAINT", line);
        }
        cursor.acceptWords("COLUMN");
        String from = cursor.readIdentifier();
        cursor.acceptWords("TO");
        String to = cursor.readIdentifier();
        return from == null
                ? new AlterAction.OtherAction("RENAME", line)
                : new AlterAction.RenameColumn(from, to, line);
    }

    private static String leadingWords(List<SqlToken> tokens) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < tokens.size() && i < 3 && tokens.get(i).kind() == SqlToken.Kind.WORD; i++) {
            words.append(i == 0 ? "" : " ").append(tokens.get(i).upper());
        }
        return words.toString();
    }
}
