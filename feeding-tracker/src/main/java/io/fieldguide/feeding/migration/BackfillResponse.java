package io.fieldguide.feeding.migration;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The guide's {@code POST /api/feedings/backfill-client-ids}, plus the job's progress. */
public record BackfillResponse(
        boolean success,
        String message,
        @JsonProperty("updated_count") long updatedCount,
        @JsonProperty("remaining_records") long remainingRecords,
        @JsonProperty("migration_status") String migrationStatus,
        List<SampleRecord> records,
        @Schema(nullable = true, description = "null when there was nothing to backfill") Progress backfill) {

    /** A record as the guide's sample shows it. */
    public record SampleRecord(
            long id, @JsonProperty("client_id") UUID clientId, @JsonProperty("feeding_time") Instant feedingTime) {}

    /** The core job's checkpointed progress, in this API's snake_case. */
    public record Progress(
            String name,
            String status,
            @JsonProperty("batch_size") long batchSize,
            @JsonProperty("total_keys") long totalKeys,
            @JsonProperty("done_keys") long doneKeys,
            double percent,
            @JsonProperty("rows_per_second") double rowsPerSecond,
            @JsonProperty("longest_batch_ms") long longestBatchMs,
            int rounds) {}
}
