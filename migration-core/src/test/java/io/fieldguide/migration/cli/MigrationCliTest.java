package io.fieldguide.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.history.HistoryEntry;
import io.fieldguide.migration.history.RunHistory;
import io.fieldguide.migration.status.MigrationStatusService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database commands, run through the dispatcher against the test schema on a real PostgreSQL. */
@QuarkusTest
class MigrationCliTest {

    private static final String CLI_USER = "cli:" + System.getProperty("user.name");

    @Inject
    MigrationCli cli;

    @Inject
    MigrationStatusService status;

    @Inject
    RunHistory history;

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
    void statusListsEveryMigrationAsPending() {
        CliRun run = run("status");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().contains(": 0 applied, 6 pending; no migration applied, not up to date"), run.out());
        assertTrue(run.out().contains("VERSION"), run.out());
        for (String name : List.of("1_create_widgets", "4_Create_gadgets", "6_unique_widget_names")) {
            assertTrue(run.out().contains(name), run.out());
        }
        assertTrue(
                run.out().lines().anyMatch(line -> line.contains("5_widget_audit") && line.contains(" no ")),
                "V5 has no undo script: " + run.out());
        assertEquals("", run.err());
    }

    @Test
    void statusAsJsonIsTheRestShape() throws Exception {
        CliRun run = run("--json", "status");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        JsonNode json = mapper.readTree(run.out());
        assertEquals(6, json.at("/status/pendingMigrations").size());
        assertFalse(json.at("/status/isUpToDate").asBoolean(true));
        assertEquals(
                "Migration status retrieved successfully", json.at("/message").asText());
    }

    @Test
    void migrateToATargetAppliesUpToItAndRecordsTheOsUser() {
        CliRun run = run("migrate", "--target", "2");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("2 migrations applied:"), run.out());
        assertTrue(run.out().contains("up    1_create_widgets"), run.out());
        assertTrue(run.out().contains("up    2_add_widget_color"), run.out());
        assertTrue(run.out().contains("Now: 2 applied, 4 pending; at version 2, not up to date."), run.out());
        assertEquals("2_add_widget_color", status.status().lastMigration());
        assertTrue(TestSql.columnExists(dataSource, "widgets", "color"));
        List<HistoryEntry> recent = history.recent(10);
        assertEquals(2, recent.size());
        assertTrue(recent.stream().allMatch(entry -> entry.triggeredBy().equals(CLI_USER)), recent.toString());
    }

    @Test
    void migrateWithEqualsSyntaxAndThenNothingPending() {
        assertEquals(ExitCode.OK, run("migrate", "--target=6").exitCode());

        CliRun again = run("migrate");

        assertEquals(ExitCode.OK, again.exitCode(), again.transcript());
        assertTrue(again.out().contains("Nothing to do: no migrations were applied."), again.out());
        assertTrue(again.out().contains("6 applied, 0 pending; at version 6, up to date"), again.out());
    }

    @Test
    void migrateDryRunPrintsTheSqlAndChangesNothing() {
        CliRun run = run("migrate", "--target", "2", "--dry-run");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("2 migrations would be applied; nothing was changed"), run.out());
        assertTrue(run.out().contains("-- 2_add_widget_color"), run.out());
        assertTrue(run.out().contains("ADD COLUMN color"), run.out());
        assertFalse(TestSql.exists(dataSource, "widgets"));
    }

    @Test
    void aFailingMigrationExits1NamingItAndIsRolledBack() {
        run("migrate", "--target", "1");
        DatabaseReset.execute(dataSource, "ALTER TABLE widgets ADD COLUMN color text"); // V2 adds it too

        CliRun run = run("migrate", "--target", "3");

        assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("up    2_add_widget_color  FAILED"), run.out());
        assertTrue(run.err().startsWith("error: Migration 2_add_widget_color failed: "), run.err());
        assertTrue(run.err().contains("already exists"), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertEquals("1_create_widgets", status.status().lastMigration());
        assertFalse(TestSql.exists(dataSource, "widgets_name_idx"), "nothing after the failure ran");
    }

    @Test
    void anUnknownTargetIsAUsageErrorNamingIt() {
        CliRun run = run("migrate", "--target", "99");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
        assertTrue(run.err().startsWith("error: Unknown migration '99'"), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertFalse(TestSql.exists(dataSource, "widgets"));
    }

    @Test
    void rollbackOneStepUndoesTheLastMigration() {
        run("migrate", "--target", "3");
        assertTrue(TestSql.exists(dataSource, "widgets_name_idx"));

        CliRun run = run("rollback", "--steps", "1");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("1 migration rolled back:"), run.out());
        assertTrue(run.out().contains("down  3_index_widget_name"), run.out());
        assertTrue(run.out().contains("at version 2"), run.out());
        assertFalse(TestSql.exists(dataSource, "widgets_name_idx"));
        assertEquals("2_add_widget_color", status.status().lastMigration());
    }

    @Test
    void rollbackAcrossAMigrationWithoutUndoIsRefusedNamingIt() {
        run("migrate");

        CliRun run = run("rollback", "--target", "4");

        assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
        assertTrue(run.err().contains("Migration 5_widget_audit cannot be undone"), run.err());
        assertTrue(run.err().contains("Nothing was rolled back"), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertEquals("6_unique_widget_names", status.status().lastMigration(), "nothing was undone, not even V6");
    }

    @Test
    void rollbackThatWouldLoseDataNeedsAllowDataLoss() {
        run("migrate", "--target", "1");

        CliRun refused = run("rollback", "--target", "0");
        assertEquals(ExitCode.FAILED, refused.exitCode(), refused.transcript());
        assertTrue(refused.err().contains("would lose data"), refused.err());
        assertTrue(TestSql.exists(dataSource, "widgets"));

        CliRun accepted = run("rollback", "--target", "0", "--allow-data-loss");
        assertEquals(ExitCode.OK, accepted.exitCode(), accepted.transcript());
        assertFalse(TestSql.exists(dataSource, "widgets"));
        assertTrue(accepted.out().contains("no migration applied"), accepted.out());
    }

    @Test
    void rollbackDryRunShowsTheUndoAndChangesNothing() {
        run("migrate", "--target", "2");

        CliRun run = run("rollback", "--dry-run");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("1 migration would be rolled back; nothing was changed"), run.out());
        assertTrue(run.out().contains("-- 2_add_widget_color"), run.out());
        assertTrue(TestSql.columnExists(dataSource, "widgets", "color"));
    }

    @Test
    void aRefusalInJsonModeIsAlsoADocument() throws Exception {
        run("migrate");

        CliRun run = run("rollback", "--target", "4", "--json");

        assertEquals(ExitCode.FAILED, run.exitCode(), run.transcript());
        JsonNode json = mapper.readTree(run.out());
        assertFalse(json.at("/success").asBoolean(true));
        assertEquals("refused", json.at("/error").asText());
        assertTrue(json.at("/message").asText().contains("5_widget_audit"), run.out());
        assertEquals(1, json.at("/exitCode").asInt());
    }

    @Test
    void aRunInJsonModeIsTheRestShape() throws Exception {
        CliRun run = run("--json", "migrate", "--target", "1");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        JsonNode json = mapper.readTree(run.out());
        assertTrue(json.at("/success").asBoolean());
        assertEquals("1_create_widgets", json.at("/results/0/name").asText());
        assertEquals("up", json.at("/results/0/direction").asText());
    }

    @Test
    void badArgumentsExit2WithTheUsage() {
        CliRun both = run("rollback", "--steps", "1", "--target", "2");
        assertEquals(ExitCode.USAGE, both.exitCode(), both.transcript());
        assertTrue(
                both.err().startsWith("error: --steps=N, --target=V are mutually exclusive (specify only one)"),
                both.err());
        assertTrue(both.err().contains("rollback [-h] [--allow-data-loss] [--dry-run] [--json]"), both.err());

        // picocli's messages for what it parses; the commands' own for what it cannot know
        assertUsageError(
                run("rollback", "--steps", "zero"), "Invalid value for option '--steps': 'zero' is not an int");
        assertUsageError(run("rollback", "--steps", "0"), "--steps must be at least 1, was 0");
        assertUsageError(run("rollback", "--steps"), "Missing required parameter for option '--steps' (N)");
        assertUsageError(run("migrate", "--bogus"), "Unknown option: '--bogus'");
        assertUsageError(run("migrate", "-x"), "Unknown option: '-x'");
        assertUsageError(
                run("migrate", "--target", "1", "--target", "2"),
                "option '--target' (V) should be specified only once");
        assertUsageError(run("status", "extra"), "Unmatched argument at index 1: 'extra'");
        assertUsageError(run("new"), "Missing required parameter: 'NAME'");
        assertUsageError(run("frobnicate"), "unknown command 'frobnicate'");
        assertUsageError(run("help", "frobnicate"), "Unknown subcommand 'frobnicate'.");
        assertUsageError(run(), "no command given");
        assertFalse(TestSql.exists(dataSource, "widgets"), "no usage error ran anything");
    }

    @Test
    void aUsageErrorInJsonModeIsAlsoADocument() throws Exception {
        CliRun run = run("--json", "migrate", "--bogus");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
        JsonNode json = mapper.readTree(run.out());
        assertEquals("usage", json.at("/error").asText());
        assertEquals(2, json.at("/exitCode").asInt());
    }

    @Test
    void helpListsEveryCommandOnStandardOutput() {
        CliRun run = run("help");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        for (String command : List.of(
                "status", "migrate", "rollback", "repair", "validate", "lint", "backfill", "new", "db", "help")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in " + run.out());
        }
        assertTrue(run.out().contains("Exit codes: 0"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpOnOneCommand() {
        for (CliRun run : List.of(run("help", "rollback"), run("rollback", "--help"), run("rollback", "-h"))) {
            assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
            assertTrue(run.out().contains("rollback [-h] [--allow-data-loss] [--dry-run] [--json]"), run.out());
            assertTrue(run.out().contains("[--steps=N") && run.out().contains("| --target=V]"), run.out());
            assertTrue(run.out().contains("--allow-data-loss"), run.out());
            assertFalse(run.out().contains("backfill"), run.out());
        }
    }

    @Test
    void validateReportsAMissingSchemaThenPassesOnceMigrated() throws Exception {
        CliRun invalid = run("validate");
        assertEquals(ExitCode.FAILED, invalid.exitCode(), invalid.transcript());
        assertTrue(invalid.out().startsWith("Invalid: "), invalid.out());
        assertTrue(invalid.out().contains("table widgets is missing"), invalid.out());
        assertTrue(invalid.err().startsWith("error: validation found "), invalid.err());

        run("migrate");
        CliRun valid = run("validate", "--json");
        assertEquals(ExitCode.OK, valid.exitCode(), valid.transcript());
        assertTrue(mapper.readTree(valid.out()).at("/valid").asBoolean());
    }

    @Test
    void testConnectionSaysWhichDatabaseItReached() throws Exception {
        CliRun run = run("--json", "test-connection");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        JsonNode json = mapper.readTree(run.out());
        String database = TestSql.text(dataSource, "SELECT current_database()");
        assertEquals(database, json.at("/database").asText());
        assertTrue(json.at("/url").asText().startsWith("jdbc:postgresql:"), run.out());
        assertTrue(json.at("/serverVersionNumber").asInt() >= 140000, run.out());
        assertTrue(run(("test-connection")).out().contains("database  " + database), "text form");
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }

    private static void assertUsageError(CliRun run, String message) {
        assertEquals(ExitCode.USAGE, run.exitCode(), run.transcript());
        assertTrue(run.err().startsWith("error: " + message + "\n"), run.transcript());
        assertTrue(run.err().contains("Usage: "), run.transcript());
        assertEquals("", run.out(), run.transcript());
    }
}
