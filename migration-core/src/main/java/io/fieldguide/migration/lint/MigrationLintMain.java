package io.fieldguide.migration.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line entry: {@code MigrationLintMain [--flyway-mixed] [--disable=rule,rule] location...}
 * where a location is a directory or {@code classpath:db/migration}. Prints the findings and exits
 * with 1 if there are any, 2 on a usage or read error, 0 otherwise.
 */
public final class MigrationLintMain {

    private MigrationLintMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LintConfig config = LintConfig.defaults();
        List<String> locations = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--flyway-mixed")) {
                config = config.withFlywayMixed(true);
            } else if (arg.startsWith("--disable=")) {
                for (String id : arg.substring("--disable=".length()).split(",")) {
                    LintRule rule = LintRule.fromId(id.trim()).orElse(null);
                    if (rule == null) {
                        System.err.println("unknown rule: " + id);
                        return 2;
                    }
                    config = config.disabling(rule);
                }
            } else {
                locations.add(arg);
            }
        }
        if (locations.isEmpty()) {
            System.err.println(
                    "usage: MigrationLintMain [--flyway-mixed] [--disable=rule,...] <directory | classpath:location>...");
            return 2;
        }
        MigrationLinter linter = new MigrationLinter(config);
        List<LintFinding> findings = new ArrayList<>();
        try {
            for (String location : locations) {
                findings.addAll(
                        location.startsWith("classpath:")
                                ? linter.lintClasspath(location)
                                : linter.lint(Path.of(location)));
            }
        } catch (IOException e) {
            System.err.println("cannot read migrations: " + e.getMessage());
            return 2;
        }
        if (!findings.isEmpty()) {
            System.out.println(LintReport.format(findings));
        }
        System.out.println(LintReport.summary(findings));
        return findings.isEmpty() ? 0 : 1;
    }
}
