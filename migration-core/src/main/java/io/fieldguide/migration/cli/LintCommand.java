package io.fieldguide.migration.cli;

import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.lint.LintConfig;
import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
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

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    @Inject
    ServiceFlyway serviceFlyway;

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
        Configuration flyway = serviceFlyway.flyway().getConfiguration();
        MigrationLinter linter = new MigrationLinter(LintConfig.defaults().withFlywayMixed(flyway.isMixed()));
        List<String> locations = location == null ? flywayLocations(flyway) : List.of(location);
        List<LintFinding> findings = new ArrayList<>();
        for (String each : locations) {
            try {
                findings.addAll(lint(linter, each, flyway.getClassLoader()));
            } catch (IOException e) {
                throw usageError("cannot read migrations at " + each + ": " + e.getMessage());
            }
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

    private static List<LintFinding> lint(MigrationLinter linter, String location, ClassLoader classLoader)
            throws IOException {
        if (location.startsWith(CLASSPATH)) {
            return linter.lintClasspath(location, classLoader);
        }
        Path directory = Path.of(location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location);
        if (location.startsWith(FILESYSTEM) || Files.isDirectory(directory)) {
            return linter.lint(directory);
        }
        return linter.lintClasspath(location, classLoader); // Flyway's default prefix is classpath
    }

    private static List<String> flywayLocations(Configuration flyway) {
        List<String> locations = new ArrayList<>();
        for (Location location : flyway.getLocations()) {
            String root = location.getRootPath();
            locations.add(location.isFileSystem() ? FILESYSTEM + root : CLASSPATH + root);
        }
        return locations;
    }
}
