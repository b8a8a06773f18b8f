package io.fieldguide.migration.history;

import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.RunKind;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded run, as {@code GET /api/migrations/history} lists it. */
public record HistoryEntry(
        long id,
        RunKind kind,
        String name,
        @Schema(nullable = true, description = "null for runs of no migration (backfill, validate, repair)")
                String version,
        Direction direction,
        String triggeredBy,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        boolean success,
        @Schema(nullable = true, description = "null when the run succeeded") String errorMessage) {}
