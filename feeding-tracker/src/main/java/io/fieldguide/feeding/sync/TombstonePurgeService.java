package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.FeedingConfig;
import io.fieldguide.feeding.migration.BackfillResponse;
import io.fieldguide.feeding.schema.FeedingCatalog;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillRounds;
import io.fieldguide.migration.backfill.BackfillService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Removes tombstones deleted before a cut-off by running {@link TombstonePurge} on the core's
 * backfill machinery: a walk of the table that resumes where a stopped one left off, and another
 * walk when tombstones older than the cut-off remain after a completed one (the core's
 * {@code runUntilNoneRemain}). One purge at a time in this instance, since the cut-off is the job's.
 */
@ApplicationScoped
public class TombstonePurgeService {

    private final BackfillService backfills;
    private final TombstonePurge purge;
    private final DataSource dataSource;
    private final FeedingCatalog catalog;
    private final FeedingConfig config;

    TombstonePurgeService(
            BackfillService backfills,
            TombstonePurge purge,
            DataSource dataSource,
            FeedingCatalog catalog,
            FeedingConfig config) {
        this.backfills = backfills;
        this.purge = purge;
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.config = config;
    }

    public synchronized PurgeResponse purge(Instant olderThan, String caller) {
        catalog.requireSync("purging tombstones");
        purge.purgeBefore(olderThan);
        BackfillOptions options = backfills
                .defaults()
                .withBatchSize(config.sync().purgeBatchSize())
                .withMaxRounds(2);
        BackfillRounds run = backfills.runUntilNoneRemain(TombstonePurge.NAME, options, caller);
        Log.infof("Purged %d tombstones deleted before %s in %d walks", run.rowsChanged(), olderThan, run.rounds());
        return new PurgeResponse(
                run.rowsChanged(), olderThan, purgedThrough(), run.last() == null ? null : progress(run.last(), run));
    }

    private String purgedThrough() {
        try (Connection connection = dataSource.getConnection()) {
            return PurgeHorizon.read(connection).map(SyncCursor::encode).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purge horizon", e);
        }
    }

    private static BackfillResponse.Progress progress(BackfillProgress job, BackfillRounds run) {
        return new BackfillResponse.Progress(
                job.name(),
                job.status(),
                job.batchSize(),
                job.totalKeys(),
                job.doneKeys(),
                job.percent(),
                job.rowsPerSecond(),
                job.longestHoldMs(),
                run.rounds());
    }
}
