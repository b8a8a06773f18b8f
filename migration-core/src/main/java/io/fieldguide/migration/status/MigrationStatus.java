package io.fieldguide.migration.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The course tracker's status shape ({@code appliedMigrations}, {@code pendingMigrations},
 * {@code lastMigration}, {@code isUpToDate}), extended with the current version, failures and the
 * details of every migration.
 */
public record MigrationStatus(
        List<String> appliedMigrations,
        List<String> pendingMigrations,
        String lastMigration,
        @JsonProperty("isUpToDate") boolean isUpToDate,
        String currentVersion,
        List<String> failedMigrations,
        List<MigrationDetail> migrations) {

    public boolean hasFailed() {
        return !failedMigrations.isEmpty();
    }
}
