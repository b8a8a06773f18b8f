package io.fieldguide.migration.run;

import java.time.Duration;
import java.time.Instant;

/**
 * One migration applied or undone, one backfill run or one validation: the unit the history
 * records and the REST API reports in {@code results}.
 *
 * @param name the seed-style name, {@code <version>_<description>} (e.g. {@code 2_add_client_id})
 * @param version the Flyway version, or null for runs without one
 */
public record MigrationStep(
        RunKind kind,
        String name,
        String version,
        Direction direction,
        Instant startedAt,
        Instant finishedAt,
        boolean success,
        String errorMessage) {

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    public MigrationStep withErrorMessage(String message) {
        return new MigrationStep(kind, name, version, direction, startedAt, finishedAt, false, message);
    }

    public static MigrationStep succeeded(
            RunKind kind, String name, String version, Direction direction, Instant startedAt) {
        return new MigrationStep(kind, name, version, direction, startedAt, Instant.now(), true, null);
    }

    public static MigrationStep failed(
            RunKind kind, String name, String version, Direction direction, Instant startedAt, String errorMessage) {
        return new MigrationStep(kind, name, version, direction, startedAt, Instant.now(), false, errorMessage);
    }
}
