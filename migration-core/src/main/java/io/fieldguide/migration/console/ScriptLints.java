package io.fieldguide.migration.console;

import io.fieldguide.migration.cli.ServiceScriptLint;
import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lint's verdict on the service's own scripts, as its lint test and {@code lint} command see
 * them (the same rules, {@code lint:allow} markers and Flyway settings). Read on each request, so a
 * script edited in dev mode shows its new verdict; linting a module's scripts takes milliseconds.
 */
@ApplicationScoped
public class ScriptLints {

    /** The findings of one script; scripts without findings are not listed (they passed). */
    public record ScriptVerdict(String script, List<Finding> findings) {}

    public record Finding(String rule, int line, String message, String hint) {

        static Finding of(LintFinding finding) {
            return new Finding(finding.ruleId(), finding.line(), finding.message(), finding.hint());
        }
    }

    /**
     * @param locations Flyway's locations that were linted
     * @param clean whether every script passed
     * @param summary e.g. {@code "2 findings in 1 script"}
     * @param scripts the scripts with findings, in version order
     */
    public record Report(List<String> locations, boolean clean, String summary, List<ScriptVerdict> scripts) {}

    private final ServiceScriptLint scripts;

    ScriptLints(ServiceScriptLint scripts) {
        this.scripts = scripts;
    }

    public Report lint() {
        List<String> locations = scripts.ownLocations();
        List<LintFinding> findings;
        try {
            findings = scripts.lint(locations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations at " + locations, e);
        }
        Map<String, List<Finding>> byScript = new LinkedHashMap<>();
        for (LintFinding finding : findings) {
            byScript.computeIfAbsent(finding.script(), script -> new ArrayList<>())
                    .add(Finding.of(finding));
        }
        List<ScriptVerdict> verdicts = byScript.entrySet().stream()
                .map(entry -> new ScriptVerdict(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
        return new Report(List.copyOf(locations), findings.isEmpty(), LintReport.summary(findings), verdicts);
    }
}
