package io.fieldguide.migration.history;

import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.RunKind;
import java.time.Instant;

/** One recorded run, as {@code GET /api/migrations/history} lists it. */
public record HistoryEntry(
        long id,
        RunKind kind,
        String name,
        String version,
        Direction direction,
        String triggeredBy,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        boolean success,
        String errorMessage) {}
