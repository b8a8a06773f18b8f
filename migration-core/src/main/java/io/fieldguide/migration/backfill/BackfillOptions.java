package io.fieldguide.migration.backfill;

import io.fieldguide.migration.config.MigrationCoreConfig;
import java.time.Duration;

/**
 * How a backfill batches: keys per range and the timeouts each batch's transaction runs with; and,
 * for {@link BackfillService#runUntilNoneRemain}, how many walks of the table one call may make.
 */
public record BackfillOptions(int batchSize, Duration lockTimeout, Duration statementTimeout, int maxRounds) {

    public BackfillOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be at least 1, was " + maxRounds);
        }
    }

    /** One walk of the table. */
    public BackfillOptions(int batchSize, Duration lockTimeout, Duration statementTimeout) {
        this(batchSize, lockTimeout, statementTimeout, 1);
    }

    public static BackfillOptions from(MigrationCoreConfig.Backfill config) {
        return new BackfillOptions(config.batchSize(), config.lockTimeout(), config.statementTimeout());
    }

    public BackfillOptions withBatchSize(int size) {
        return new BackfillOptions(size, lockTimeout, statementTimeout, maxRounds);
    }

    public BackfillOptions withMaxRounds(int rounds) {
        return new BackfillOptions(batchSize, lockTimeout, statementTimeout, rounds);
    }
}
