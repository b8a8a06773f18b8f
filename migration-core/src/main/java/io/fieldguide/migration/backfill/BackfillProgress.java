package io.fieldguide.migration.backfill;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(nullable = true, description = "null until the rate is known") Long etaSeconds,
        long batchSize,
        long longestHoldMs,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true, description = "null while running") Instant finishedAt,
        @Schema(nullable = true, description = "null unless a batch failed") String lastError) {

    public boolean isFinished() {
        return "completed".equals(status);
    }
}
