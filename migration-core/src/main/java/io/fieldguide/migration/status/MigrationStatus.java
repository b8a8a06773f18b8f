package io.fieldguide.migration.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The course tracker's status shape ({@code appliedMigrations}, {@code pendingMigrations},
 * {@code lastMigration}, {@code isUpToDate}), extended with the current version, failures, the
 * states of Flyway that need a person's attention, and the details of every migration.
 *
 * <ul>
 *   <li>{@code ignoredMigrations}: scripts of this code older than the current version that never
 *       ran (added out of order); the schema lacks them, so the service is not up to date.
 *   <li>{@code outdatedMigrations}: repeatable scripts changed since they ran; they run again at
 *       the next migrate, so the service is not up to date.
 *   <li>{@code missingMigrations}: applied migrations whose scripts this code no longer has
 *       (deleted or renamed); the schema is fine, the history needs a look.
 *   <li>{@code futureMigrations}: applied migrations newer than this code knows: the database is
 *       ahead, as during a rolling deploy or after the code was rolled back without its schema.
 * </ul>
 */
public record MigrationStatus(
        List<String> appliedMigrations,
        List<String> pendingMigrations,
        @Schema(nullable = true, description = "null when nothing is applied") String lastMigration,
        @JsonProperty("isUpToDate") boolean isUpToDate,
        @Schema(nullable = true, description = "null when nothing is applied") String currentVersion,
        List<String> failedMigrations,
        List<String> ignoredMigrations,
        List<String> outdatedMigrations,
        List<String> missingMigrations,
        List<String> futureMigrations,
        List<MigrationDetail> migrations) {

    public boolean hasFailed() {
        return !failedMigrations.isEmpty();
    }
}
