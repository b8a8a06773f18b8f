package io.fieldguide.migration.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BackfillService#runUntilNoneRemain} with the test service's {@code widget-colors}: rows
 * inserted after a completed walk (behind its fixed key range, as an older release would) are
 * reached by another walk, and a job with nothing remaining is not run.
 */
@QuarkusTest
class BackfillRoundsTest {

    private static final String NAME = "widget-colors";

    @Inject
    MigrateService migrate;

    @Inject
    BackfillService backfills;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void uncoloredWidgets() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        insertWidgets(2, 300); // the seed widget is number 1
    }

    @Test
    void rowsInsertedAfterACompletedWalkGetTheChangeInAnotherWalk() {
        BackfillOptions threeRounds = backfills.defaults().withBatchSize(64).withMaxRounds(3);

        BackfillRounds first = backfills.runUntilNoneRemain(NAME, threeRounds, "tester");

        assertEquals(1, first.rounds());
        assertEquals(300, first.rowsChanged());
        assertTrue(first.finished());
        assertEquals(0, uncolored());

        insertWidgets(301, 350);
        BackfillRounds second = backfills.runUntilNoneRemain(NAME, threeRounds, "tester");

        assertEquals(1, second.rounds(), "one more walk over the whole table");
        assertEquals(50, second.rowsChanged(), "the painted widgets were left alone");
        assertEquals(0, uncolored());
    }

    @Test
    void aCompletedJobWithNothingRemainingIsNotRunAgain() {
        BackfillOptions options = backfills.defaults().withMaxRounds(3);
        backfills.runUntilNoneRemain(NAME, options, "tester");

        BackfillRounds again = backfills.runUntilNoneRemain(NAME, options, "tester");

        assertEquals(0, again.rounds());
        assertEquals(0, again.rowsChanged());
        assertEquals("completed", again.last().status());
    }

    @Test
    void anEmptyJobWithNothingToDoNeverStarts() {
        DatabaseReset.execute(dataSource, "UPDATE widgets SET color = 'red'");

        BackfillRounds run = backfills.runUntilNoneRemain(NAME, backfills.defaults(), "tester");

        assertEquals(0, run.rounds());
        assertNull(run.last());
        assertTrue(run.finished());
    }

    private void insertWidgets(int from, int to) {
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO widgets (name, price) SELECT 'w' || g, 1 FROM generate_series(" + from + ", " + to
                        + ") g");
    }

    private long uncolored() {
        return TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE color IS NULL");
    }
}
