package io.fieldguide.migration.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed 004 bug, and the reason the core walks key ranges: a non-idempotent change (multiply by
 * two) must reach every row exactly once, however the run is stopped and resumed.
 */
@QuarkusTest
class BackfillRunnerTest {

    private static final int ROWS = 20_000;
    private static final BackfillOptions SMALL_BATCHES =
            new BackfillOptions(250, Duration.ofSeconds(2), Duration.ofSeconds(30));

    @Inject
    BackfillRunner runner;

    @Inject
    BackfillProgressReader progress;

    @Inject
    DataSource dataSource;

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @BeforeEach
    void tableOfPrices() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        // Gaps in the keys (every 7th id missing) so ranges are not simply id arithmetic.
        DatabaseReset.execute(
                dataSource,
                "CREATE TABLE prices (id bigint PRIMARY KEY, original numeric NOT NULL, amount numeric NOT NULL);"
                        + " INSERT INTO prices SELECT g, g, g FROM generate_series(1, " + (ROWS * 7 / 6 + 1)
                        + ") g WHERE g % 7 <> 0;"
                        + " DELETE FROM prices WHERE id > (SELECT id FROM prices ORDER BY id OFFSET " + (ROWS - 1)
                        + " LIMIT 1)");
        assertEquals(ROWS, TestSql.count(dataSource, "SELECT count(*) FROM prices"));
    }

    @AfterEach
    void stopRunners() {
        pool.shutdownNow();
    }

    @Test
    void changesEveryRowExactlyOnce() throws SQLException {
        String status = runner.run(doublePrices("double-once"), SMALL_BATCHES);

        assertEquals("completed", status);
        assertEveryRowDoubledOnce();
        BackfillProgress done = progress.progress("double-once").orElseThrow();
        assertEquals(ROWS, done.doneKeys());
        assertEquals(ROWS, done.rowsChanged());
        assertEquals(100.0, done.percent());
        assertEquals(0, done.remainingKeys());
    }

    @Test
    void aRunWhoseConnectionDiesMidBatchResumesWithoutDoubleApplying() throws Exception {
        // The backend terminates itself inside a batch, after the UPDATE and before the commit: the
        // worst moment, as a crash or failover would pick it.
        Backfill dying = new DelegatingBackfill(doublePrices("killed-midway")) {
            @Override
            public long applyBatch(Connection connection, long from, long to) throws SQLException {
                long changed = super.applyBatch(connection, from, to);
                if (from >= ROWS / 2) {
                    try (var kill = connection.createStatement()) {
                        kill.execute("SELECT pg_terminate_backend(pg_backend_pid())");
                    }
                }
                return changed;
            }
        };
        assertThrows(SQLException.class, () -> runner.run(dying, SMALL_BATCHES));

        long doneBeforeResume = progress.progress("killed-midway").orElseThrow().doneKeys();
        assertTrue(doneBeforeResume > 0 && doneBeforeResume < ROWS, "stopped midway: " + doneBeforeResume);
        assertEquals(
                doneBeforeResume,
                TestSql.count(dataSource, "SELECT count(*) FROM prices WHERE amount <> original"),
                "exactly the checkpointed ranges are changed: the dying batch rolled back with its checkpoint");

        assertEquals("completed", runner.run(doublePrices("killed-midway"), SMALL_BATCHES));
        assertEveryRowDoubledOnce();
    }

    @Test
    void aRunWhoseThreadIsInterruptedResumesWithoutDoubleApplying() throws Exception {
        Future<String> first = pool.submit(() -> runner.run(slowed(doublePrices("interrupted")), SMALL_BATCHES));
        awaitDoneKeys("interrupted", ROWS / 4);

        first.cancel(true);
        awaitNoActiveBatch();

        long doneBeforeResume = progress.progress("interrupted").orElseThrow().doneKeys();
        assertTrue(doneBeforeResume < ROWS, "stopped midway: " + doneBeforeResume);
        assertEquals("completed", runner.run(doublePrices("interrupted"), SMALL_BATCHES));
        assertEveryRowDoubledOnce();
    }

    @Test
    void twoRunnersShareTheWorkAndNeverDoubleApply() throws Exception {
        ConcurrentHashMap<String, AtomicInteger> batchesByThread = new ConcurrentHashMap<>();
        Backfill counted = counting(slowed(doublePrices("shared")), batchesByThread);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> runners = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runners.add(pool.submit(() -> {
                start.await();
                return runner.run(counted, SMALL_BATCHES);
            }));
        }
        start.countDown();
        for (Future<String> each : runners) {
            each.get(2, TimeUnit.MINUTES);
        }

        assertEveryRowDoubledOnce();
        assertEquals(2, batchesByThread.size(), "both runners did batches: " + batchesByThread);
        batchesByThread
                .values()
                .forEach(batches -> assertTrue(batches.get() > 5, "each runner did a real share: " + batchesByThread));
        assertEquals("completed", progress.progress("shared").orElseThrow().status());
    }

    @Test
    void aCancelledJobStopsAndResumesOnTheNextRun() throws Exception {
        Future<String> first = pool.submit(() -> runner.run(slowed(doublePrices("cancelled")), SMALL_BATCHES));
        awaitDoneKeys("cancelled", ROWS / 10);

        DatabaseReset.execute(
                dataSource, "UPDATE migration_core.backfill_job SET cancel_requested = true WHERE name = 'cancelled'");

        assertEquals("cancelled", first.get(1, TimeUnit.MINUTES));
        BackfillProgress stopped = progress.progress("cancelled").orElseThrow();
        assertEquals("cancelled", stopped.status());
        assertTrue(stopped.doneKeys() < ROWS);
        assertEquals("completed", runner.run(doublePrices("cancelled"), SMALL_BATCHES));
        assertEveryRowDoubledOnce();
    }

    @Test
    void anEmptyTableCompletesAtOnce() throws SQLException {
        DatabaseReset.execute(dataSource, "DELETE FROM prices");

        assertEquals("completed", runner.run(doublePrices("empty"), SMALL_BATCHES));
        assertEquals(100.0, progress.progress("empty").orElseThrow().percent());
    }

    private static Backfill doublePrices(String name) {
        return new SqlBackfill(name, "prices", "UPDATE prices SET amount = amount * 2 WHERE id > ? AND id <= ?");
    }

    /** Sleeps inside each batch so a test can stop the run midway. */
    private static Backfill slowed(Backfill backfill) {
        return new DelegatingBackfill(backfill) {
            @Override
            public long applyBatch(Connection connection, long from, long to) throws SQLException {
                long changed = super.applyBatch(connection, from, to);
                try (var sleep = connection.createStatement()) {
                    sleep.execute("SELECT pg_sleep(0.02)");
                }
                return changed;
            }
        };
    }

    private static Backfill counting(Backfill backfill, ConcurrentHashMap<String, AtomicInteger> batchesByThread) {
        return new DelegatingBackfill(backfill) {
            @Override
            public long applyBatch(Connection connection, long from, long to) throws SQLException {
                batchesByThread
                        .computeIfAbsent(Thread.currentThread().getName(), t -> new AtomicInteger())
                        .incrementAndGet();
                return super.applyBatch(connection, from, to);
            }
        };
    }

    private void assertEveryRowDoubledOnce() {
        assertEquals(
                0,
                TestSql.count(dataSource, "SELECT count(*) FROM prices WHERE amount <> original * 2"),
                "rows not doubled exactly once");
        assertEquals(ROWS, TestSql.count(dataSource, "SELECT count(*) FROM prices"));
    }

    private void awaitDoneKeys(String name, long keys) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (progress.progress(name).map(p -> p.doneKeys() >= keys).orElse(false)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("backfill " + name + " did not reach " + keys + " keys");
    }

    private void awaitNoActiveBatch() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM pg_stat_activity WHERE state <> 'idle' AND query LIKE 'UPDATE prices%'")
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a batch is still running");
            }
            Thread.sleep(10);
        }
    }

    private abstract static class DelegatingBackfill implements Backfill {
        private final Backfill delegate;

        DelegatingBackfill(Backfill delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public String table() {
            return delegate.table();
        }

        @Override
        public long applyBatch(Connection connection, long from, long to) throws SQLException {
            return delegate.applyBatch(connection, from, to);
        }
    }
}
