package io.fieldguide.migration.status;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One migration as Flyway sees it, plus whether the core can undo it. */
public record MigrationDetail(
        String name,
        @Schema(nullable = true, description = "null for a repeatable migration") String version,
        String description,
        String type,
        String script,
        @Schema(nullable = true) Integer checksum,
        @Schema(nullable = true, description = "null while pending") Instant installedOn,
        @Schema(nullable = true, description = "null while pending") String installedBy,
        @Schema(nullable = true, description = "null while pending") Integer executionTimeMs,
        String state,
        boolean undoable) {}
