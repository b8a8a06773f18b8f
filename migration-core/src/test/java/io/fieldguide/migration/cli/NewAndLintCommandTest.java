package io.fieldguide.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} and {@code lint}: files in a temporary directory, numbering against the live Flyway. */
@QuarkusTest
class NewAndLintCommandTest {

    @Inject
    MigrationCli cli;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
    }

    @Test
    void newWritesAPairAfterEveryVersionFlywayKnows(@TempDir Path dir) throws IOException {
        CliRun run = run("new", "AddThing", "--dir", dir.toString());

        // The test schema has V1..V6 (V4 a Java migration) on the class path: the empty directory still gets V7.
        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().startsWith("Created migration 7 (add_thing):"), run.out());
        assertTrue(run.out().contains(dir.resolve("V7__add_thing.sql").toString()), run.out());
        assertTrue(Files.readString(dir.resolve("V7__add_thing.sql")).contains("SET LOCAL lock_timeout = '5s';"));
        assertTrue(Files.readString(dir.resolve("U7__add_thing.sql")).startsWith("-- U7: undoes V7__add_thing.sql"));
    }

    @Test
    void newNumbersAfterTheDirectoryAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V9__existing.sql"), "SELECT 1;\n");

        CliRun first = run("--json", "new", "second thing", "--dir=" + dir);
        CliRun second = run("new", "second thing", "--dir", dir.toString());

        assertEquals(ExitCode.OK, first.exitCode(), first.transcript());
        JsonNode json = mapper.readTree(first.out());
        assertEquals("10", json.at("/version").asText());
        assertEquals("plain", json.at("/scheme").asText());
        assertEquals(2, json.at("/files").size());
        assertEquals(ExitCode.OK, second.exitCode(), second.transcript());
        assertTrue(Files.exists(dir.resolve("V11__second_thing.sql")));
        assertEquals(5, count(dir));
    }

    @Test
    void newRefusesAPathLikeName(@TempDir Path dir) throws IOException {
        CliRun run = run("new", "../../escape", "--dir", dir.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
        assertTrue(run.err().startsWith("error: '../../escape' looks like a path"), run.err());
        assertEquals(0, count(dir));
    }

    @Test
    void newRefusesADirectoryThatIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "");

        CliRun run = run("new", "add_thing", "--dir", file.toString());

        assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
        assertTrue(run.err().contains("is not a directory"), run.err());
    }

    @Test
    void lintWithoutALocationChecksTheFlywayLocations() throws IOException {
        CliRun run = run("lint");

        var expected = new MigrationLinter().lintClasspath("db/testschema");
        assertEquals(expected.isEmpty() ? ExitCode.OK : ExitCode.FAILED, run.exitCode(), run.transcript());
        assertTrue(run.out().contains(LintReport.summary(expected) + " in classpath:db/testschema"), run.out());
    }

    @Test
    void lintReportsFindingsWithExit1(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("V2__index_orders.sql"),
                "SET lock_timeout = '5s';\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n");

        CliRun run = run("lint", dir.toString());
        CliRun json = run("lint", dir.toString(), "--json");

        assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("V2__index_orders.sql:2 require-concurrent-index-creation"), run.out());
        assertTrue(run.err().startsWith("error: the lint found problems: 1 finding in 1 script"), run.err());
        assertEquals(ExitCode.FAILED, json.exitCode(), json.transcript());
        JsonNode document = mapper.readTree(json.out());
        assertFalse(document.at("/clean").asBoolean(true));
        assertEquals(
                "require-concurrent-index-creation",
                document.at("/findings/0/rule").asText());
    }

    @Test
    void lintOfAFreshScaffoldIsClean(@TempDir Path dir) {
        assertEquals(
                ExitCode.OK,
                run("new", "add_customer_email", "--dir", dir.toString()).exitCode());

        CliRun run = run("lint", "filesystem:" + dir);

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().startsWith("no findings in filesystem:"), run.out());
    }

    @Test
    void lintOfAMissingLocationIsAUsageError() {
        CliRun run = run("lint", "classpath:db/nowhere");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
        assertTrue(run.err().startsWith("error: cannot read migrations at classpath:db/nowhere"), run.err());
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
