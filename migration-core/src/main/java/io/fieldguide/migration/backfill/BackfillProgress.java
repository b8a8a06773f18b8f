package io.fieldguide.migration.backfill;

import java.time.Instant;

/**
 * A backfill's checkpointed progress, read from the database, so it is the same whichever
 * instance asks and survives restarts.
 *
 * @param totalKeys keys in the range fixed when the job started
 * @param doneKeys keys in committed ranges
 * @param rowsChanged rows the committed batches reported as changed
 * @param longestHoldMs the longest a batch held its row locks
 */
public record BackfillProgress(
        String name,
        String status,
        long totalKeys,
        long doneKeys,
        long remainingKeys,
        long rowsChanged,
        double percent,
        double rowsPerSecond,
        Long etaSeconds,
        long batchSize,
        long longestHoldMs,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        String lastError) {

    public boolean isFinished() {
        return "completed".equals(status);
    }
}
