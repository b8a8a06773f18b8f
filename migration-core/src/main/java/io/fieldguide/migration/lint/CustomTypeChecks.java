package io.fieldguide.migration.lint;

import java.util.List;

/**
 * Domains and enum types: ban-create-domain-with-constraint, ban-alter-domain-with-add-constraint
 * and require-enum-value-ordering. A domain's constraint is checked in every column of every table
 * that uses the domain, with no way to do it without blocking writes, and an enum's order is part
 * of its meaning.
 */
final class CustomTypeChecks implements StatementCheck {

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.Other)) {
            return;
        }
        List<SqlToken> tokens = statement.sql().tokens();
        TokenCursor cursor = new TokenCursor(tokens);
        if (cursor.acceptWords("CREATE", "DOMAIN")) {
            QualifiedName domain = cursor.readQualifiedName();
            List<SqlToken> definition = cursor.rest();
            if (TokenCursor.containsTopLevel(definition, "CHECK")
                    || TokenCursor.containsTopLevel(definition, "NOT", "NULL")) {
                context.report(
                        LintRule.BAN_CREATE_DOMAIN_WITH_CONSTRAINT,
                        statement,
                        statement.line(),
                        "domain " + domain + " carries a constraint: changing it later re-checks every column of every"
                                + " table that uses the domain while blocking their writes, and PostgreSQL offers no online way",
                        "declare the domain without CHECK or NOT NULL and put the constraint on each column or table,"
                                + " where it can be replaced NOT VALID and validated without blocking");
            }
        } else if (cursor.acceptWords("ALTER", "DOMAIN")) {
            QualifiedName domain = cursor.readQualifiedName();
            if (cursor.peekWords("ADD")) {
                context.report(
                        LintRule.BAN_ALTER_DOMAIN_WITH_ADD_CONSTRAINT,
                        statement,
                        statement.line(),
                        "ALTER DOMAIN " + domain + " ADD checks every column of every table that uses the domain;"
                                + " its validation, now or by a later VALIDATE CONSTRAINT, blocks writes to those tables",
                        "add a CHECK ... NOT VALID to each table that uses the domain and VALIDATE it in a later migration");
            }
        } else if (cursor.acceptWords("ALTER", "TYPE")) {
            QualifiedName type = cursor.readQualifiedName();
            if (cursor.acceptWords("ADD", "VALUE")
                    && !TokenCursor.containsTopLevel(cursor.rest(), "BEFORE")
                    && !TokenCursor.containsTopLevel(cursor.rest(), "AFTER")) {
                context.report(
                        LintRule.REQUIRE_ENUM_VALUE_ORDERING,
                        statement,
                        statement.line(),
                        "ALTER TYPE " + type
                                + " ADD VALUE without BEFORE or AFTER puts the value last, which decides how"
                                + " it sorts and compares (<, >, ORDER BY, min/max) against the existing values",
                        "say where it belongs with BEFORE 'x' or AFTER 'y'; if last is right, write AFTER the current last value");
            }
        }
    }
}
