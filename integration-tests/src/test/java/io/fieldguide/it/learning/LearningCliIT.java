package io.fieldguide.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.it.PackagedService;
import io.fieldguide.it.PackagedService.CommandResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's CLI on the packaged learning-platform jar, where a user runs it: the guide's verbs are
 * listed, and the two ways a command line goes wrong (a command that does not exist, a database that
 * does not answer) exit non-zero with a one-line reason rather than a stack trace.
 */
class LearningCliIT {

    private static final String MODULE = "learning-platform";

    @TempDir
    Path home;

    @Test
    void helpListsTheGuidesVerbsWithoutADatabase() throws Exception {
        CommandResult help = PackagedService.runCommand(MODULE, home, "help");

        assertEquals(0, help.exitCode(), help.err());
        for (String verb : List.of("seed", "test-migrations", "test-connection", "migration", "validate-schema")) {
            assertTrue(help.out().contains(verb), verb + " in:\n" + help.out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageErrorOnOneLine() throws Exception {
        CommandResult unknown = PackagedService.runCommand(MODULE, home, "frobnicate");

        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().lines().findFirst().orElse("").contains("frobnicate"), unknown.err());
        assertTrue(!unknown.err().contains("\tat "), "no stack trace:\n" + unknown.err());
    }

    @Test
    void anUnreachableDatabaseExitsOneWithTheDriversReason() throws Exception {
        CommandResult unreachable = PackagedService.runCommand(
                MODULE,
                home,
                List.of("quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:1/nowhere"),
                "test-connection");

        assertEquals(1, unreachable.exitCode(), unreachable.out() + unreachable.err());
        List<String> reasons = unreachable
                .err()
                .lines()
                .filter(line -> line.startsWith("error:"))
                .toList();
        assertEquals(1, reasons.size(), unreachable.err());
        assertTrue(reasons.get(0).contains("127.0.0.1:1"), reasons.get(0));
    }
}
