package io.fieldguide.feeding.watermelon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.InvalidRequestException;
import java.util.List;
import java.util.Optional;

/**
 * WatermelonDB's {@code migration} pull argument: the client's schema moved from {@code from} to
 * the pull's {@code schema_version} since its last sync and it now knows {@code tables} and
 * {@code columns} it had no data for. The pull then returns every record of those tables again.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MigrationArgument(Integer from, List<String> tables, List<TableColumns> columns) {

    public record TableColumns(String table, List<String> columns) {}

    /** Absent, empty or {@code null} (what {@code JSON.stringify(null)} sends) is no migration. */
    public static Optional<MigrationArgument> parse(String json, AppSchema schema, ObjectMapper mapper) {
        if (json == null || json.isBlank() || json.equals("null")) {
            return Optional.empty();
        }
        MigrationArgument migration;
        try {
            migration = mapper.readValue(json, MigrationArgument.class);
        } catch (JsonProcessingException e) {
            throw invalid("migration must be null or a JSON object {from, tables, columns}: " + e.getOriginalMessage());
        }
        if (migration == null || migration.from == null || migration.tables == null || migration.columns == null) {
            throw invalid("migration needs from, tables and columns");
        }
        if (migration.from < 1 || migration.from >= schema.version()) {
            throw invalid("migration.from must be at least 1 and below schema_version " + schema.version() + ", was "
                    + migration.from);
        }
        if (migration.columns.stream().anyMatch(c -> c.table() == null || c.columns() == null)) {
            throw invalid("every migration.columns entry needs table and columns");
        }
        return Optional.of(migration);
    }

    /** Whether the client lacks data of {@code feeding_records} it now has a place for. */
    public boolean coversFeedingRecords() {
        return tables.contains(AppSchema.TABLE)
                || columns.stream().anyMatch(c -> c.table().equals(AppSchema.TABLE));
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException("migration", message);
    }
}
