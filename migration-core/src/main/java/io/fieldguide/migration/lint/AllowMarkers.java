package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code -- lint:allow <rule-id>[,<rule-id>...] <reason>} markers of a script: deliberate,
 * reviewed exceptions. Scope:
 *
 * <ul>
 *   <li>in the header, that is any comment before the first statement: the whole script;
 *   <li>inside a statement, or after it on the line where it ends: that statement;
 *   <li>otherwise, between two statements: the statement that follows.
 * </ul>
 *
 * A marker without a reason, naming an unknown rule, or followed by no statement is itself a
 * finding ({@code invalid-allow-marker}) and allows nothing.
 */
final class AllowMarkers {

    static final String PREFIX = "lint:allow";

    private static final int FILE_SCOPE = -1;

    private final Set<LintRule> fileScope = EnumSet.noneOf(LintRule.class);
    private final Map<Integer, Set<LintRule>> statementScope = new HashMap<>();
    private final List<LintFinding> invalidMarkers = new ArrayList<>();

    private AllowMarkers() {}

    static AllowMarkers read(String scriptName, SqlScript script) {
        AllowMarkers markers = new AllowMarkers();
        for (SqlComment comment : script.comments()) {
            markers.readComment(scriptName, script.statements(), comment);
        }
        return markers;
    }

    boolean allows(LintRule rule, int statementIndex) {
        return fileScope.contains(rule)
                || statementScope.getOrDefault(statementIndex, Set.of()).contains(rule);
    }

    List<LintFinding> invalidMarkers() {
        return List.copyOf(invalidMarkers);
    }

    private void readComment(String scriptName, List<SqlStatement> statements, SqlComment comment) {
        String body = comment.body();
        if (!body.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return;
        }
        String rest = body.substring(PREFIX.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return; // "lint:allowed ..." is prose, not a marker
        }
        String[] parts = rest.trim().split("\\s+", 2);
        String ruleList = parts[0];
        String reason = parts.length > 1 ? parts[1].trim() : "";
        Set<LintRule> rules = EnumSet.noneOf(LintRule.class);
        for (String id : ruleList.split(",")) {
            if (id.isBlank()) {
                continue;
            }
            Optional<LintRule> rule = LintRule.fromId(id.trim());
            if (rule.isEmpty()) {
                invalid(
                        scriptName,
                        comment,
                        "lint:allow names unknown rule " + id.trim(),
                        "use a rule id from docs/lint-rules.md");
                return;
            }
            if (rule.get() == LintRule.INVALID_ALLOW_MARKER) {
                invalid(
                        scriptName,
                        comment,
                        "lint:allow cannot allow " + rule.get().id(),
                        "fix the marker instead");
                return;
            }
            rules.add(rule.get());
        }
        if (rules.isEmpty()) {
            invalid(scriptName, comment, "lint:allow names no rule", "write -- lint:allow <rule-id> <reason>");
            return;
        }
        if (reason.isEmpty()) {
            invalid(
                    scriptName,
                    comment,
                    "lint:allow " + ruleList + " gives no reason",
                    "say after the rule id why this exception is safe, e.g. the table's size or the deploy plan");
            return;
        }
        int target = targetOf(statements, comment);
        if (target == FILE_SCOPE) {
            fileScope.addAll(rules);
        } else if (target >= statements.size()) {
            invalid(
                    scriptName,
                    comment,
                    "lint:allow " + ruleList + " is followed by no statement",
                    "put the marker on the line(s) before the statement it excuses, or in the header for the whole script");
        } else {
            statementScope
                    .computeIfAbsent(target, index -> EnumSet.noneOf(LintRule.class))
                    .addAll(rules);
        }
    }

    /** The index of the statement a marker applies to, FILE_SCOPE, or statements.size() if none follows. */
    private static int targetOf(List<SqlStatement> statements, SqlComment comment) {
        if (statements.isEmpty() || comment.offset() < statements.get(0).startOffset()) {
            return FILE_SCOPE;
        }
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            if (comment.offset() < statement.startOffset()) {
                return i; // between the previous statement and this one
            }
            boolean inside = comment.offset() < statement.endOffset();
            boolean trailing = comment.line() == statement.endLine()
                    && (i + 1 == statements.size()
                            || comment.offset() < statements.get(i + 1).startOffset());
            if (inside || trailing) {
                return i;
            }
        }
        return statements.size();
    }

    private void invalid(String scriptName, SqlComment comment, String message, String hint) {
        invalidMarkers.add(new LintFinding(LintRule.INVALID_ALLOW_MARKER, scriptName, comment.line(), message, hint));
    }
}
