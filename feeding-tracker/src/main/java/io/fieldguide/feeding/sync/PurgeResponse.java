package io.fieldguide.feeding.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldguide.feeding.migration.BackfillResponse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a purge removed, the cursor below which pulls now answer 410 (full re-sync), and the batch
 * job's progress (also in {@code GET /api/migrations/backfills}, name {@code feeding-tombstone-purge}).
 */
public record PurgeResponse(
        long purged,
        @JsonProperty("older_than") Instant olderThan,
        @Schema(nullable = true, description = "null when nothing was purged yet") @JsonProperty("purged_through")
                String purgedThrough,
        @Schema(nullable = true, description = "null when no tombstone was old enough, so the job did not run")
                BackfillResponse.Progress backfill) {}
