package io.fieldguide.learning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.learning.LearningTestData;
import io.fieldguide.migration.cli.ExitCode;
import io.fieldguide.migration.cli.MigrationCli;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's command line, through the service's dispatcher (CDI, ServiceLoader) on a real PostgreSQL. */
@QuarkusTest
class LearningCliTest {

    @Inject
    MigrationCli cli;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    record Run(int exitCode, String out, String err) {}

    @BeforeEach
    @AfterEach
    void noLearnersNorItems() {
        LearningTestData.reset(dataSource);
    }

    @Test
    void helpListsTheGuidesCommands() {
        Run run = run("help");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        for (String command :
                List.of("migrate", "migration", "validate-schema", "test-connection", "seed", "test-migrations")) {
            assertTrue(run.out().contains("\n  " + command), command + " in\n" + run.out());
        }
    }

    @Test
    void migrationStatusIsTheCoresStatus() throws Exception {
        JsonNode spelled = json(run("--json", "migration", "status"));
        JsonNode core = json(run("--json", "status"));

        assertEquals(core.at("/status/currentVersion"), spelled.at("/status/currentVersion"));
        assertEquals("0005", spelled.at("/status/currentVersion").asText());
        assertEquals(ExitCode.OK, run("validate-schema").exitCode());
        assertEquals(ExitCode.USAGE, run("migration").exitCode());
    }

    @Test
    void migrationGenerateNumbersTheNextScriptInTheSequenceScheme(@TempDir Path dir) throws Exception {
        Run run = run("migration", "generate", "add_learner_streaks", "--dir", dir.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(dir.resolve("V0006__add_learner_streaks.sql")), run.out());
        assertTrue(Files.exists(dir.resolve("U0006__add_learner_streaks.sql")), run.out());
    }

    @Test
    void seedIsIdempotentAndAnswersMoveTheEstimates() throws Exception {
        JsonNode first = json(run("--json", "seed", "--learners", "5", "--items", "8", "--attempts", "4"));

        assertEquals(5, first.at("/learnersCreated").asInt());
        assertEquals(8, first.at("/itemsCreated").asInt());
        assertEquals(20, first.at("/attemptsRecorded").asInt());
        assertEquals(5, TestSql.count(dataSource, "SELECT count(*) FROM users WHERE email LIKE '%@seed.example'"));
        assertEquals(20, TestSql.count(dataSource, "SELECT count(*) FROM attempts"));
        assertEquals(5, TestSql.count(dataSource, "SELECT count(*) FROM users WHERE answers_seen = 4"), "Elo counters");

        JsonNode second = json(run("--json", "seed", "--learners", "5", "--items", "8", "--attempts", "4"));
        assertEquals(0, second.at("/learnersCreated").asInt());
        assertEquals(5, second.at("/learnersExisting").asInt());
        assertEquals(0, second.at("/itemsCreated").asInt());
        assertEquals(0, second.at("/attemptsRecorded").asInt());
        assertEquals(20, TestSql.count(dataSource, "SELECT count(*) FROM attempts"));
    }

    @Test
    void seedRefusesImpossibleSizes() {
        Run run = run("seed", "--items", "0");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("items >= 1"), run.err());
    }

    @Test
    void testMigrationsRunsTheGuidesSixSteps() throws Exception {
        Run run = run("--json", "test-migrations");

        JsonNode report = json(run);
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertTrue(report.at("/passed").asBoolean());
        assertEquals(6, report.at("/steps").size());
        for (JsonNode step : report.at("/steps")) {
            assertEquals("passed", step.at("/outcome").asText(), step.toString());
        }
        assertTrue(report.at("/steps/5/detail").asText().contains("5 views answer"), report.toString());
        assertEquals(200, TestSql.count(dataSource, "SELECT count(*) FROM attempts"), "the default seed");
    }

    @Test
    void testMigrationsStopsAtTheFirstFailedStep() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE stray_table (id int)");
        }
        try {
            Run run = run("--json", "test-migrations");

            assertEquals(ExitCode.FAILED, run.exitCode(), run.out());
            JsonNode steps = json(run).at("/steps");
            assertEquals("failed", steps.at("/3/outcome").asText(), steps.toString());
            assertTrue(steps.at("/3/detail").asText().contains("stray_table"), steps.toString());
            assertEquals("skipped", steps.at("/4/outcome").asText());
            assertEquals("skipped", steps.at("/5/outcome").asText());
            assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM users"), "no seed after a failure");
            assertTrue(run.err().contains("test-migrations failed at: validate the schema"), run.err());
        } finally {
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("DROP TABLE stray_table");
            }
        }
    }

    @Test
    void testConnectionIsTheCoresCommand() throws Exception {
        JsonNode reached = json(run("--json", "test-connection"));

        assertEquals(
                TestSql.text(dataSource, "SELECT current_database()"),
                reached.at("/database").asText());
    }

    private JsonNode json(Run run) throws Exception {
        return mapper.readTree(run.out());
    }

    /** On a thread of its own, as {@code main} runs it: no request context nor transaction of the test's. */
    private Run run(String... args) {
        try {
            return CompletableFuture.supplyAsync(() -> runHere(args), task -> new Thread(task).start())
                    .get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run runHere(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = cli.run(outStream, errStream, args);
        }
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
