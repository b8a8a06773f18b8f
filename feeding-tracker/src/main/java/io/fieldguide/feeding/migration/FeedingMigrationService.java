package io.fieldguide.feeding.migration;

import io.fieldguide.feeding.FeedingConfig;
import io.fieldguide.feeding.schema.ColumnInfo;
import io.fieldguide.feeding.schema.FeedingCatalog;
import io.fieldguide.feeding.schema.SchemaLevel;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillRounds;
import io.fieldguide.migration.backfill.BackfillService;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.status.MigrationStatus;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The guide's three migration endpoints on the core: status from the catalog and the counts,
 * run-migration as the core's migrate (every pending script, so the sync columns arrive with the
 * guide's V2), backfill as the core's batch job.
 */
@ApplicationScoped
public class FeedingMigrationService {

    private final FeedingCatalog catalog;
    private final MigrationCounts counts;
    private final MigrationStatusService flywayStatus;
    private final MigrateService migrate;
    private final BackfillService backfills;
    private final FeedingConfig config;

    FeedingMigrationService(
            FeedingCatalog catalog,
            MigrationCounts counts,
            MigrationStatusService flywayStatus,
            MigrateService migrate,
            BackfillService backfills,
            FeedingConfig config) {
        this.catalog = catalog;
        this.counts = counts;
        this.flywayStatus = flywayStatus;
        this.migrate = migrate;
        this.backfills = backfills;
        this.config = config;
    }

    public MigrationStatusResponse status() {
        SchemaLevel level = catalog.level();
        MigrationCounts.Counts rows = counts.count(level);
        MigrationStatus flyway = flywayStatus.status();
        int percent =
                rows.total() == 0 ? (level.hasClientId() ? 100 : 0) : (int) (rows.migrated() * 100 / rows.total());
        return new MigrationStatusResponse(
                true,
                statusValue(level, rows),
                rows.total(),
                rows.migrated(),
                rows.remaining(),
                percent,
                level.hasClientId(),
                catalog.clientIdColumn().map(ColumnInfo::nullable).orElse(null),
                flyway.currentVersion(),
                flyway.pendingMigrations());
    }

    public RunMigrationResponse runMigration(String caller) {
        if (flywayStatus.status().pendingMigrations().isEmpty()
                && catalog.level().hasClientId()) {
            return alreadyExists();
        }
        RunOutcome outcome = migrate.migrate(null, false, caller);
        if (!outcome.success()) {
            throw new MigrationFailedException(outcome.firstFailure());
        }
        if (outcome.steps().isEmpty()) {
            // Another instance migrated while this call waited for Flyway's lock.
            return alreadyExists();
        }
        return new RunMigrationResponse(
                true,
                "Database migration completed successfully",
                "completed",
                catalog.clientIdColumn().orElse(null),
                outcome.steps().stream().map(MigrationStep::name).toList());
    }

    /**
     * Runs the job to the end on this thread. Rows without a client_id left after a completed job
     * were inserted after it fixed its key range (an older release still writing): the core walks
     * the table again, up to {@code feeding.backfill.max-rounds} times.
     */
    public BackfillResponse backfill(String caller) {
        SchemaLevel level = catalog.level();
        if (!level.hasClientId()) {
            throw new RefusedException(
                    "client_id", "The client_id column does not exist yet; run POST /api/feedings/run-migration first");
        }
        BackfillOptions options = backfills
                .defaults()
                .withBatchSize(config.backfill().batchSize())
                .withMaxRounds(config.backfill().maxRounds());
        BackfillRounds run = backfills.runUntilNoneRemain(ClientIdBackfill.NAME, options, caller);
        MigrationStatusResponse status = status();
        return new BackfillResponse(
                run.finished(),
                run.finished()
                        ? "Successfully backfilled " + run.rowsChanged() + " records with client_id"
                        : "Backfill stopped (" + run.last().status() + ") after " + run.rowsChanged()
                                + " records; call again to resume where it stopped",
                run.rowsChanged(),
                status.remainingRecords(),
                status.migrationStatus(),
                counts.sample(10),
                run.last() == null ? null : progress(run.last(), run.rounds()));
    }

    private RunMigrationResponse alreadyExists() {
        return new RunMigrationResponse(
                true,
                "The client_id column and its indexes already exist; nothing to migrate",
                "already_exists",
                catalog.clientIdColumn().orElse(null),
                List.of());
    }

    private static String statusValue(SchemaLevel level, MigrationCounts.Counts rows) {
        if (!level.hasClientId()) {
            return "not_started";
        }
        if (rows.total() == 0) {
            return "no_data";
        }
        return rows.remaining() > 0 ? "in_progress" : "complete";
    }

    private static BackfillResponse.Progress progress(BackfillProgress job, int rounds) {
        return new BackfillResponse.Progress(
                job.name(),
                job.status(),
                job.batchSize(),
                job.totalKeys(),
                job.doneKeys(),
                job.percent(),
                job.rowsPerSecond(),
                job.longestHoldMs(),
                rounds);
    }
}
