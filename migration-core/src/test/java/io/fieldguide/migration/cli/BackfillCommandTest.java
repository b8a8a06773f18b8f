package io.fieldguide.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code backfill}, with the backfill the test service declares ({@code TestBackfills}). */
@QuarkusTest
class BackfillCommandTest {

    private static final int ROWS = 1_000;
    private static final String NAME = "widget-prices-in-cents";

    @Inject
    MigrateService migrate;

    @Inject
    MigrationCli cli;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void widgetsAtOneEach() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO widgets (name, price) SELECT 'w' || g, 1 FROM generate_series(2, " + ROWS + ") g");
    }

    @Test
    void runsTheBackfillToTheEndInBatches() throws Exception {
        CliRun run = run("--json", "backfill", NAME, "--batch-size", "64");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        var progress = mapper.readTree(run.out());
        assertEquals("completed", progress.at("/status").asText());
        assertEquals(ROWS, progress.at("/rowsChanged").asLong());
        assertEquals(64, progress.at("/batchSize").asLong());
        assertEveryPriceIs(100);
    }

    @Test
    void aCompletedBackfillIsNotAppliedTwiceUnlessRestarted() {
        assertEquals(ExitCode.OK, run("backfill", NAME).exitCode());

        CliRun again = run("backfill", NAME);
        assertEquals(ExitCode.OK, again.exitCode(), again.transcript());
        assertTrue(again.out().startsWith(NAME + " completed: " + ROWS + " of " + ROWS + " keys"), again.out());
        assertEveryPriceIs(100);

        CliRun restarted = run("backfill", NAME, "--restart");
        assertEquals(ExitCode.OK, restarted.exitCode(), restarted.transcript());
        assertEveryPriceIs(10_000);
    }

    @Test
    void withoutANameListsTheDeclaredBackfills() {
        run("backfill", NAME);

        CliRun run = run("backfill");

        assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
        assertTrue(run.out().startsWith("Declared backfills: widget-colors, " + NAME + "\n"), run.out());
        assertTrue(run.out().contains("  " + NAME + " completed: "), run.out());
    }

    @Test
    void anUnknownBackfillOrABadBatchSizeIsAUsageError() {
        CliRun unknown = run("backfill", "nope");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.transcript());
        assertTrue(unknown.err().startsWith("error: No backfill named 'nope'"), unknown.err());

        CliRun zero = run("backfill", NAME, "--batch-size", "0");
        assertEquals(ExitCode.USAGE, zero.exitCode(), zero.transcript());
        assertTrue(zero.err().startsWith("error: --batch-size must be at least 1"), zero.err());

        CliRun restartAll = run("backfill", "--restart");
        assertEquals(ExitCode.USAGE, restartAll.exitCode(), restartAll.transcript());
        assertEveryPriceIs(1);
    }

    private void assertEveryPriceIs(int price) {
        assertEquals(ROWS, TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE price = " + price));
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }
}
