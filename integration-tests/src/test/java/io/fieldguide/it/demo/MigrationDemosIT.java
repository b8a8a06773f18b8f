package io.fieldguide.it.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The main job's five demos at small sizes (the main job, {@code ./demo}, runs them bigger): each
 * packaged service on one local PostgreSQL shared by all of them, legacy data, upgrade, rollback,
 * upgrade again, every pre-existing row counted and checksummed after each phase.
 */
class MigrationDemosIT {

    /** Small enough for CI, big enough for several backfill batches and every kind of legacy row. */
    private static final int ROWS = 2_000;

    @TempDir
    static Path home;

    @ParameterizedTest
    @ValueSource(
            strings = {"feeding-tracker", "course-tracker", "learning-platform", "lot-traceability", "protein-tracker"})
    void theUpgradePathKeepsEveryRowAndRollsBackExactly(String module) {
        DemoResult result = new DemoRunner(home, new Progress(new PrintStream(System.out, true), false))
                .run(DemoMain.byName(module), ROWS);

        assertTrue(
                result.isPassed(),
                () -> module + " failed: " + result.failedChecks() + "; steps: " + result.getSteps());
        assertTrue(result.getChecks().size() >= 6, () -> "too few checks ran: " + result.getChecks());
    }
}
