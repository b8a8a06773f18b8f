package io.fieldguide.feeding.migration;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The guide's {@code GET /api/feedings/migration-status}, with its field names and status values
 * ({@code not_started}, {@code in_progress}, {@code complete}, {@code no_data}), plus the schema
 * version and the migrations still pending.
 */
public record MigrationStatusResponse(
        boolean success,
        @JsonProperty("migration_status") String migrationStatus,
        @JsonProperty("total_records") long totalRecords,
        @JsonProperty("migrated_records") long migratedRecords,
        @JsonProperty("remaining_records") long remainingRecords,
        @JsonProperty("progress_percentage") int progressPercentage,
        @JsonProperty("column_exists") boolean columnExists,
        @Schema(nullable = true, description = "null while the column does not exist") @JsonProperty("column_nullable")
                Boolean columnNullable,
        @Schema(nullable = true) @JsonProperty("schema_version") String schemaVersion,
        @JsonProperty("pending_migrations") List<String> pendingMigrations) {}
