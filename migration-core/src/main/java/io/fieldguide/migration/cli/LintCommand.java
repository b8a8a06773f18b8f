package io.fieldguide.migration.cli;

import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lint [LOCATION]}: the static migration lint over a directory or classpath location, by
 * default over the service's own Flyway locations, with Flyway's {@code mixed} setting.
 */
@Dependent
@Command(
        name = "lint",
        description = {
            "Lint the V and U scripts for operations that lock or rewrite a busy table (docs/lint-rules.md).",
            "Exit 1 when there are findings."
        },
        footer = CliCommands.FOOTER)
class LintCommand extends CliCommand {

    @Inject
    ServiceScriptLint scriptLint;

    @Parameters(
            arity = "0..1",
            paramLabel = "LOCATION",
            description = "A directory, filesystem:DIR or classpath:PATH (default: the service's Flyway locations).")
    String location;

    /** One finding as JSON: the rule's id rather than its enum name. */
    record Finding(String rule, String script, int line, String message, String hint) {
        static Finding of(LintFinding finding) {
            return new Finding(finding.ruleId(), finding.script(), finding.line(), finding.message(), finding.hint());
        }
    }

    record Result(List<String> locations, boolean clean, String summary, List<Finding> findings) {}

    @Override
    public Integer call() {
        List<String> locations = location == null ? scriptLint.ownLocations() : List.of(location);
        List<LintFinding> findings;
        try {
            findings = scriptLint.lint(locations);
        } catch (IOException e) {
            throw usageError("cannot read migrations at " + String.join(", ", locations) + ": " + e.getMessage());
        }
        CliOutput output = output();
        String summary = LintReport.summary(findings) + " in " + String.join(", ", locations);
        output.document(new Result(
                locations,
                findings.isEmpty(),
                summary,
                findings.stream().map(Finding::of).toList()));
        if (!findings.isEmpty()) {
            output.line(LintReport.format(findings));
        }
        output.line(summary);
        if (!findings.isEmpty()) {
            output.errorLine("the lint found problems: " + LintReport.summary(findings));
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }
}
