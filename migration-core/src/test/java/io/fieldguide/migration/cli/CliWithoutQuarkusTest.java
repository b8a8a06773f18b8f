package io.fieldguide.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link ServiceMain} answers before Quarkus starts (no test application, no database here):
 * help, and {@code db}; everything else, usage errors included, is left to the started service.
 */
class CliWithoutQuarkusTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpIsAnsweredWithoutQuarkus() {
        for (List<String> args :
                List.of(List.of("help"), List.of("--help"), List.of("help", "migrate"), List.of("migrate", "-h"))) {
            out.reset();

            assertEquals(OptionalInt.of(ExitCode.OK), run(args), args + ": " + err);
            assertTrue(out().startsWith("Usage: java -jar quarkus-run.jar"), out());
        }
    }

    @Test
    void databaseCommandsWaitForQuarkus() {
        for (List<String> args : List.of(List.of("status"), List.of("--json", "migrate", "--target", "2"))) {
            assertEquals(OptionalInt.empty(), run(args), args.toString());
        }
        assertEquals("", out());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandLinePicocliRefusesIsAnsweredWithoutQuarkus() {
        assertEquals(OptionalInt.of(ExitCode.USAGE), run(List.of("frobnicate")));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).startsWith("error: unknown command 'frobnicate'"), err.toString());

        err.reset();
        assertEquals(OptionalInt.of(ExitCode.USAGE), run(List.of("migrate", "--bogus")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: Unknown option: '--bogus'"), err.toString());
        assertEquals("", out());
    }

    @Test
    void dbRunsWithoutQuarkusAndNeverStartsTheServer(@TempDir Path home) {
        String previous = System.setProperty(
                "fieldguide.embedded-postgres.data-dir", home.resolve("pgdata").toString());
        try {
            assertEquals(OptionalInt.of(ExitCode.OK), run(List.of("--json", "db", "status")), err.toString());
            assertTrue(out().contains("\"running\" : false"), out());

            out.reset();
            assertEquals(OptionalInt.of(ExitCode.OK), run(List.of("db", "status", "--json")), err.toString());
            assertTrue(out().contains("\"running\" : false"), out());

            assertEquals(OptionalInt.of(ExitCode.FAILED), run(List.of("db", "url")));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not running"), err.toString());

            assertEquals(OptionalInt.of(ExitCode.USAGE), run(List.of("db")));
            assertTrue(
                    err.toString(StandardCharsets.UTF_8).contains("error: db needs status, url or stop"),
                    err.toString());
        } finally {
            if (previous == null) {
                System.clearProperty("fieldguide.embedded-postgres.data-dir");
            } else {
                System.setProperty("fieldguide.embedded-postgres.data-dir", previous);
            }
        }
    }

    private OptionalInt run(List<String> args) {
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return MigrationCli.runWithoutQuarkus(args, outStream, errStream);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
