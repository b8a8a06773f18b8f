package io.fieldguide.migration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import java.io.IOException;
import java.util.List;

/**
 * The lint gate every module runs as a test: its Flyway scripts must pass, or mark a deliberate
 * exception with {@code -- lint:allow <rule> <reason>}.
 */
public final class MigrationScriptLint {

    private MigrationScriptLint() {}

    public static void assertClean(String classpathLocation) throws IOException {
        List<LintFinding> findings = new MigrationLinter().lintClasspath(classpathLocation);
        assertEquals(
                List.of(),
                findings,
                () -> "Migration lint findings in " + classpathLocation + ":\n" + LintReport.format(findings));
    }
}
