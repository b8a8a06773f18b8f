package io.fieldguide.migration.status;

import java.time.Instant;

/** One migration as Flyway sees it, plus whether the core can undo it. */
public record MigrationDetail(
        String name,
        String version,
        String description,
        String type,
        String script,
        Integer checksum,
        Instant installedOn,
        String installedBy,
        Integer executionTimeMs,
        String state,
        boolean undoable) {}
