package io.fieldguide.migration.lint;

import java.util.Objects;

/**
 * One problem found in one script.
 *
 * @param rule the rule that fired
 * @param script the script's name (a file name, or a path relative to the scanned location)
 * @param line 1-based line of the offending statement, action or column
 * @param message what is wrong and which lock or rewrite it causes
 * @param hint the safe way to do the same thing
 */
public record LintFinding(LintRule rule, String script, int line, String message, String hint) {

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public String ruleId() {
        return rule.id();
    }

    /** {@code script:line rule-id message (hint)}, the format compilers use so IDEs can link it. */
    public String format() {
        return script + ":" + line + " " + rule.id() + " " + message + " (" + hint + ")";
    }
}
