package io.fieldguide.migration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.javamigration.JavaMigrationScripts;
import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import io.fieldguide.migration.lint.PlannedScript;
import java.io.IOException;
import java.util.List;

/**
 * The lint gate every module runs as a test: its Flyway scripts and the SQL its Java migrations
 * will run must pass, or mark a deliberate exception ({@code -- lint:allow <rule> <reason>} in a
 * script, {@code @LintAllow} on a Java migration).
 */
public final class MigrationScriptLint {

    private MigrationScriptLint() {}

    public static void assertClean(String classpathLocation) throws IOException {
        List<LintFinding> findings = lint(classpathLocation);
        assertEquals(
                List.of(),
                findings,
                () -> "Migration lint findings in " + classpathLocation + ":\n" + LintReport.format(findings));
    }

    /** The findings on the location's scripts and Java migrations, linted together in version order. */
    public static List<LintFinding> lint(String classpathLocation) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<PlannedScript> javaMigrations = JavaMigrationScripts.inLocation(classpathLocation, loader);
        return new MigrationLinter().lintClasspath(classpathLocation, loader, javaMigrations);
    }
}
