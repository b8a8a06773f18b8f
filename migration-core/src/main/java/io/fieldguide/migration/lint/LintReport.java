package io.fieldguide.migration.lint;

import java.util.List;
import java.util.stream.Collectors;

/** Text output for findings, for a CLI, a test failure message or a build log. */
public final class LintReport {

    private LintReport() {}

    /** One {@code script:line rule-id message (hint)} line per finding; empty when there are none. */
    public static String format(List<LintFinding> findings) {
        return findings.stream().map(LintFinding::format).collect(Collectors.joining("\n"));
    }

    /** e.g. {@code "3 findings in 2 scripts"} or {@code "no findings"}. */
    public static String summary(List<LintFinding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        long scripts = findings.stream().map(LintFinding::script).distinct().count();
        return findings.size() + (findings.size() == 1 ? " finding" : " findings") + " in " + scripts
                + (scripts == 1 ? " script" : " scripts");
    }
}
