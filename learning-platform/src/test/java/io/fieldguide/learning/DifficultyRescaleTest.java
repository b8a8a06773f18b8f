package io.fieldguide.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.learning.item.DifficultyRescale;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's rescale on the core's backfill: every item below 2.0 multiplied by 1.1 exactly once,
 * whether the job runs alone, is shared by two runners, or is cancelled midway and resumed. (The
 * guide's own loop would multiply 0.5 seven times, to 0.97, then 1.07, ... until it passed 2.0.)
 */
@QuarkusTest
class DifficultyRescaleTest {

    private static final int ITEMS = 600;

    @Inject
    DataSource dataSource;

    @Inject
    BackfillService backfills;

    private Map<Long, Double> before;

    @BeforeEach
    void itemsFromMinusThreeToThree() throws SQLException {
        LearningTestData.reset(dataSource);
        backfills.reset(DifficultyRescale.NAME);
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO items (kind, topic, prompt, answer, difficulty)"
                        + " SELECT 'true_false', 'rescale', 'item ' || n, 'true', -3 + 6.0 * n / " + ITEMS
                        + " FROM generate_series(1, " + ITEMS + ") n");
        before = difficulties();
    }

    @Test
    void oneRunMultipliesEveryItemBelowTwoOnce() throws SQLException {
        BackfillProgress done = backfills.runNow(DifficultyRescale.NAME, options(50), "test");
        assertEquals("completed", done.status());
        assertEachRescaledOnce();
    }

    @Test
    void twoRunnersShareTheJobAndStillChangeEachRowOnce() throws Exception {
        CompletableFuture<BackfillProgress> first =
                CompletableFuture.supplyAsync(() -> backfills.runNow(DifficultyRescale.NAME, options(7), "runner-1"));
        CompletableFuture<BackfillProgress> second =
                CompletableFuture.supplyAsync(() -> backfills.runNow(DifficultyRescale.NAME, options(7), "runner-2"));
        first.get();
        second.get();
        assertEachRescaledOnce();
    }

    @Test
    void aCancelledJobResumesWhereItStoppedAndChangesEachRowOnce() throws Exception {
        backfills.start(DifficultyRescale.NAME, options(5), "test");
        awaitProgressBeyond(50);
        backfills.cancel(DifficultyRescale.NAME);
        BackfillProgress stopped = awaitEnded();
        assertTrue(stopped.doneKeys() < ITEMS, "stopped midway: " + stopped);
        Map<Long, Double> midway = difficulties();
        long changed = before.keySet().stream()
                .filter(id -> !before.get(id).equals(midway.get(id)))
                .count();
        assertTrue(changed > 0 && changed < ITEMS, "some rows changed, not all: " + changed);

        BackfillProgress resumed = backfills.runNow(DifficultyRescale.NAME, options(5), "test");
        assertEquals("completed", resumed.status());
        assertEachRescaledOnce();
    }

    private void assertEachRescaledOnce() throws SQLException {
        Map<Long, Double> after = difficulties();
        assertEquals(before.keySet(), after.keySet());
        for (Map.Entry<Long, Double> item : before.entrySet()) {
            double expected = item.getValue() < 2.0 ? item.getValue() * 1.1 : item.getValue();
            assertEquals(expected, after.get(item.getKey()), 1e-12, "item " + item.getKey());
        }
    }

    private Map<Long, Double> difficulties() throws SQLException {
        Map<Long, Double> difficulties = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, difficulty FROM items")) {
            while (rows.next()) {
                difficulties.put(rows.getLong(1), rows.getDouble(2));
            }
        }
        return difficulties;
    }

    private BackfillOptions options(int batchSize) {
        return backfills.defaults().withBatchSize(batchSize);
    }

    private void awaitProgressBeyond(long keys) throws InterruptedException {
        for (int poll = 0; poll < 400; poll++) {
            try {
                if (backfills.progress(DifficultyRescale.NAME).doneKeys() > keys) {
                    return;
                }
            } catch (RuntimeException notStartedYet) {
                // the background run has not written its job row yet
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the job made no progress");
    }

    private BackfillProgress awaitEnded() throws InterruptedException {
        for (int poll = 0; poll < 400; poll++) {
            BackfillProgress progress = backfills.progress(DifficultyRescale.NAME);
            if (!progress.status().equals("running")) {
                return progress;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the job did not stop");
    }
}
