package io.fieldguide.migration.backfill;

import io.fieldguide.migration.backfill.BackfillJobStore.KeyRange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Walks a backfill's key range batch by batch on one connection. Any number of runners, in this
 * process or others, can work on the same job: each batch locks its range with {@code FOR UPDATE
 * SKIP LOCKED}, and marks it done in the transaction that changed its rows.
 */
@ApplicationScoped
public class BackfillRunner {

    /** lock_not_available and query_canceled: the batch gave way to the application; try again. */
    private static final String LOCK_TIMEOUT = "55P03";

    private static final String STATEMENT_TIMEOUT = "57014";
    private static final int MAX_CONSECUTIVE_RETRIES = 10;
    private static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(5);

    private final BackfillJobStore store;
    private final BackfillProgressReader progress;
    private final MeterRegistry registry;

    public BackfillRunner(BackfillJobStore store, BackfillProgressReader progress, MeterRegistry registry) {
        this.store = store;
        this.progress = progress;
        this.registry = registry;
    }

    /**
     * Runs until the job is complete, cancelled, or the thread is interrupted; returns the job's
     * status then ({@code completed}, {@code cancelled} or {@code running} when interrupted).
     */
    public String run(Backfill backfill, BackfillOptions options) throws SQLException {
        try {
            return walk(backfill, options);
        } catch (SQLException | RuntimeException e) {
            markFailed(backfill, e);
            throw e;
        }
    }

    /** On a fresh connection: the one that failed may be the reason. */
    private void markFailed(Backfill backfill, Exception cause) {
        try (Connection connection = store.connect()) {
            store.finish(connection, backfill.name(), "failed", String.valueOf(cause.getMessage()));
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private String walk(Backfill backfill, BackfillOptions options) throws SQLException {
        Counter rows = Counter.builder("fieldguide.backfill.rows")
                .tag("job", backfill.name())
                .register(registry);
        try (Connection connection = store.connect()) {
            store.createOrResume(connection, backfill, options.batchSize());
            long lastLog = System.nanoTime();
            int retries = 0;
            while (!Thread.currentThread().isInterrupted()) {
                // Fresh ranges first (one statement claims one), then ranges a dead or slow runner left open.
                Optional<KeyRange> claimed = store.claimNextRange(connection, backfill, options.batchSize());
                if (claimed.isEmpty() && store.cancelRequested(connection, backfill.name())) {
                    store.finish(connection, backfill.name(), "cancelled", null);
                    return "cancelled";
                }
                BatchResult batch = runOneBatch(
                        connection,
                        backfill,
                        options,
                        claimed.map(KeyRange::fromExclusive).orElse(null));
                switch (batch.outcome()) {
                    case DONE -> {
                        retries = 0;
                        rows.increment(batch.rowsChanged());
                    }
                    case GAVE_WAY -> {
                        if (++retries > MAX_CONSECUTIVE_RETRIES) {
                            return fail(
                                    connection,
                                    backfill,
                                    "gave way to lock or statement timeouts " + retries + " times in a row");
                        }
                        sleepBeforeRetry(retries);
                    }
                    case NOTHING_OPEN -> {
                        return finishIfNoneOpen(connection, backfill);
                    }
                }
                if (System.nanoTime() - lastLog > PROGRESS_LOG_INTERVAL.toNanos()) {
                    progress.progress(backfill.name()).ifPresent(BackfillRunner::logProgress);
                    lastLog = System.nanoTime();
                }
            }
            return "running";
        }
    }

    /** One batch: lock the range ({@code fromKey}, or any open one when null), change it, mark it done, commit. */
    private BatchResult runOneBatch(Connection connection, Backfill backfill, BackfillOptions options, Long fromKey)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            setTimeouts(connection, options);
            Optional<KeyRange> range = store.lockOpenRange(connection, backfill.name(), fromKey);
            if (range.isEmpty()) {
                connection.rollback();
                return new BatchResult(fromKey == null ? BatchOutcome.NOTHING_OPEN : BatchOutcome.DONE, 0);
            }
            long heldSince = System.nanoTime();
            long changed = backfill.applyBatch(
                    connection, range.get().fromExclusive(), range.get().toInclusive());
            store.markDone(
                    connection, backfill.name(), range.get(), changed, Duration.ofNanos(System.nanoTime() - heldSince));
            connection.commit();
            return new BatchResult(BatchOutcome.DONE, changed);
        } catch (SQLException e) {
            connection.rollback();
            if (LOCK_TIMEOUT.equals(e.getSQLState()) || STATEMENT_TIMEOUT.equals(e.getSQLState())) {
                Log.warnf("Backfill %s batch gave way: %s", backfill.name(), e.getMessage());
                return new BatchResult(BatchOutcome.GAVE_WAY, 0);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private String finishIfNoneOpen(Connection connection, Backfill backfill) throws SQLException {
        if (store.hasOpenRanges(connection, backfill.name())) {
            // Another runner holds the last ranges; it will complete the job.
            return "running";
        }
        store.finish(connection, backfill.name(), "completed", null);
        progress.progress(backfill.name()).ifPresent(BackfillRunner::logProgress);
        return "completed";
    }

    private String fail(Connection connection, Backfill backfill, String error) throws SQLException {
        store.finish(connection, backfill.name(), "failed", error);
        return "failed";
    }

    /** Both timeouts for this transaction only, in one round trip. */
    private static void setTimeouts(Connection connection, BackfillOptions options) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "SELECT set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)")) {
            set.setString(1, options.lockTimeout().toMillis() + "ms");
            set.setString(2, options.statementTimeout().toMillis() + "ms");
            set.execute();
        }
    }

    private static void sleepBeforeRetry(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 50L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void logProgress(BackfillProgress p) {
        Log.infof(
                "Backfill %s %s: %d/%d keys (%.1f%%), %.0f rows/s, ETA %s s, longest batch %d ms",
                p.name(),
                p.status(),
                p.doneKeys(),
                p.totalKeys(),
                p.percent(),
                p.rowsPerSecond(),
                p.etaSeconds(),
                p.longestHoldMs());
    }

    private record BatchResult(BatchOutcome outcome, long rowsChanged) {}

    private enum BatchOutcome {
        DONE,
        GAVE_WAY,
        NOTHING_OPEN
    }
}
