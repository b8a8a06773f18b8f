package io.fieldguide.migration.lint;

import java.util.List;

/** Shared helpers: findings reduced to {@code rule-id@line} so that tests compare rules and lines exactly. */
final class LintAssertions {

    static final MigrationLinter LINTER = new MigrationLinter();

    private LintAssertions() {}

    static List<String> lint(String sql) {
        return lint("V1__test.sql", sql);
    }

    static List<String> lint(String scriptName, String sql) {
        return ids(LINTER.lint(scriptName, sql));
    }

    static List<String> ids(List<LintFinding> findings) {
        return findings.stream()
                .map(finding -> finding.ruleId() + "@" + finding.line())
                .toList();
    }
}
