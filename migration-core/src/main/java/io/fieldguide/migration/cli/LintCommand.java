package io.fieldguide.migration.cli;

import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.lint.LintConfig;
import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * {@code lint [LOCATION]}: the static migration lint over a directory or classpath location, by
 * default over the service's own Flyway locations, with Flyway's {@code mixed} setting.
 */
@ApplicationScoped
class LintCommand implements CliCommand {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private final ServiceFlyway serviceFlyway;

    LintCommand(ServiceFlyway serviceFlyway) {
        this.serviceFlyway = serviceFlyway;
    }

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return new CliArguments.Syntax(Set.of(), Set.of(), 0, 1);
    }

    /** One finding as JSON: the rule's id rather than its enum name. */
    record Finding(String rule, String script, int line, String message, String hint) {
        static Finding of(LintFinding finding) {
            return new Finding(finding.ruleId(), finding.script(), finding.line(), finding.message(), finding.hint());
        }
    }

    record Result(List<String> locations, boolean clean, String summary, List<Finding> findings) {}

    @Override
    public int run(CliArguments args, CliOutput output) {
        Configuration flyway = serviceFlyway.flyway().getConfiguration();
        MigrationLinter linter = new MigrationLinter(LintConfig.defaults().withFlywayMixed(flyway.isMixed()));
        List<String> locations = args.positional(0).map(List::of).orElseGet(() -> flywayLocations(flyway));
        List<LintFinding> findings = new ArrayList<>();
        for (String location : locations) {
            try {
                findings.addAll(lint(linter, location, flyway.getClassLoader()));
            } catch (IOException e) {
                throw new UsageException(name(), "cannot read migrations at " + location + ": " + e.getMessage());
            }
        }
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
