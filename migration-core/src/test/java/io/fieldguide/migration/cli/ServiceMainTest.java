package io.fieldguide.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/**
 * End to end through {@link ServiceMain#main}, as {@code java -jar quarkus-run.jar <command>} runs
 * it: Quarkus starts in command mode, runs the command and exits with its code. Each launch starts
 * its own application and test PostgreSQL (about ten seconds), so this stays one test; the command
 * logic is tested through the dispatcher in {@link MigrationCliTest} and its neighbours.
 */
@QuarkusMainTest
class ServiceMainTest {

    @Test
    void aCommandRunsInCommandModeAndExitsWithItsCode(QuarkusMainLauncher launcher) {
        LaunchResult status = launcher.launch("status");

        assertEquals(ExitCode.OK, status.exitCode(), status.getOutput() + status.getErrorOutput());
        assertTrue(status.getOutput().contains("0 applied, 6 pending"), status.getOutput());
        // The command-mode system properties are for the run only; a JVM that lives on gets its own back.
        assertNull(System.getProperty("quarkus.log.console.stderr"));
        assertNull(System.getProperty("fieldguide.migration.migrate-at-start"));

        LaunchResult unknown = launcher.launch("frobnicate");

        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.getOutput() + unknown.getErrorOutput());
        assertTrue(unknown.getErrorOutput().contains("error: unknown command 'frobnicate'"), unknown.getErrorOutput());
    }
}
