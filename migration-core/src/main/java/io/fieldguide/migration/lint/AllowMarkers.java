package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 * finding ({@code invalid-allow-marker}) and allows nothing. A valid marker naming a rule that
 * reports nothing where the marker applies is a finding too ({@code unused-allow-marker}): the
 * exception it documents no longer exists, or never did.
 */
final class AllowMarkers {

    static final String PREFIX = "lint:allow";

    private static final int FILE_SCOPE = -1;

    /** A valid marker: where it is, the statement it applies to (or FILE_SCOPE), and which of its rules excused something. */
    private record Marker(SqlComment comment, String scriptName, Set<LintRule> rules, int target, Set<LintRule> used) {

        boolean allows(LintRule rule, int statementIndex) {
            return rules.contains(rule) && (target == FILE_SCOPE || target == statementIndex);
        }
    }

    private final List<Marker> markers = new ArrayList<>();
    private final List<LintFinding> invalidMarkers = new ArrayList<>();

    private AllowMarkers() {}

    static AllowMarkers read(String scriptName, SqlScript script) {
        AllowMarkers markers = new AllowMarkers();
        for (SqlComment comment : script.comments()) {
            markers.readComment(scriptName, script.statements(), comment);
        }
        return markers;
    }

    /** Whether a marker allows the rule on the statement; every such marker counts as used. */
    boolean allows(LintRule rule, int statementIndex) {
        boolean allowed = false;
        for (Marker marker : markers) {
            if (marker.allows(rule, statementIndex)) {
                marker.used().add(rule);
                allowed = true;
            }
        }
        return allowed;
    }

    List<LintFinding> invalidMarkers() {
        return List.copyOf(invalidMarkers);
    }

    /**
     * One finding per rule that a valid marker names but that excused nothing. Call after every
     * finding has been offered to {@link #allows}. A disabled rule reports nothing, so a marker
     * naming it cannot be judged and is left alone.
     */
    List<LintFinding> unusedMarkers(LintConfig config) {
        List<LintFinding> unused = new ArrayList<>();
        for (Marker marker : markers) {
            for (LintRule rule : marker.rules()) {
                if (!marker.used().contains(rule) && config.isEnabled(rule)) {
                    unused.add(new LintFinding(
                            LintRule.UNUSED_ALLOW_MARKER,
                            marker.scriptName(),
                            marker.comment().line(),
                            "lint:allow " + rule.id() + " excuses nothing: no " + rule.id() + " finding "
                                    + (marker.target() == FILE_SCOPE
                                            ? "in this script"
                                            : "on the statement it precedes"),
                            "remove the marker, or move it next to the statement it was meant for"));
                }
            }
        }
        return unused;
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
            if (rule.get().isAboutMarkers()) {
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
        if (target >= statements.size()) {
            invalid(
                    scriptName,
                    comment,
                    "lint:allow " + ruleList + " is followed by no statement",
                    "put the marker on the line(s) before the statement it excuses, or in the header for the whole script");
        } else {
            markers.add(new Marker(comment, scriptName, rules, target, EnumSet.noneOf(LintRule.class)));
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
