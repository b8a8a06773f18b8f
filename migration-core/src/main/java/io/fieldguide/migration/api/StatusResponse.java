package io.fieldguide.migration.api;

import io.fieldguide.migration.status.MigrationStatus;

/** The course tracker's {@code GET /api/migrations} shape. */
public record StatusResponse(MigrationStatus status, String message) {}
