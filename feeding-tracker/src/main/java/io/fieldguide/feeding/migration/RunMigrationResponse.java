package io.fieldguide.feeding.migration;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldguide.feeding.schema.ColumnInfo;
import java.util.List;

/** The guide's {@code POST /api/feedings/run-migration}: {@code completed} or {@code already_exists}. */
public record RunMigrationResponse(
        boolean success,
        String message,
        @JsonProperty("migration_status") String migrationStatus,
        @JsonProperty("column_info") ColumnInfo columnInfo,
        @JsonProperty("applied_migrations") List<String> appliedMigrations) {}
