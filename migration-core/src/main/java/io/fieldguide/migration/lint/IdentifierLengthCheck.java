package io.fieldguide.migration.lint;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * identifier-too-long. PostgreSQL truncates identifiers longer than 63 bytes (NAMEDATALEN - 1)
 * with only a NOTICE, so two long names can collide and the name in the catalog is not the one in
 * the script, which later DROP or ALTER statements and ORM mappings may not match. Any identifier
 * of any statement is checked; string constants and function bodies are not identifiers.
 */
final class IdentifierLengthCheck implements StatementCheck {

    static final int MAX_IDENTIFIER_BYTES = 63;

    @Override
    public void check(AnalyzedStatement statement, ScriptContext context) {
        Set<String> seen = new HashSet<>();
        for (SqlToken token : statement.sql().tokens()) {
            if (!token.isIdentifier()) {
                continue;
            }
            String name = token.identifier();
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_IDENTIFIER_BYTES && seen.add(name)) {
                context.report(
                        LintRule.IDENTIFIER_TOO_LONG,
                        statement,
                        token.line(),
                        "identifier " + name + " is " + bytes + " bytes; PostgreSQL silently truncates it to "
                                + MAX_IDENTIFIER_BYTES,
                        "shorten it to at most " + MAX_IDENTIFIER_BYTES + " bytes");
            }
        }
    }
}
