package io.fieldguide.migration.backfill;

import io.fieldguide.migration.config.MigrationCoreConfig;
import java.time.Duration;

/** How a backfill batches: keys per range and the timeouts each batch's transaction runs with. */
public record BackfillOptions(int batchSize, Duration lockTimeout, Duration statementTimeout) {

    public BackfillOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
    }

    public static BackfillOptions from(MigrationCoreConfig.Backfill config) {
        return new BackfillOptions(config.batchSize(), config.lockTimeout(), config.statementTimeout());
    }

    public BackfillOptions withBatchSize(int size) {
        return new BackfillOptions(size, lockTimeout, statementTimeout);
    }
}
