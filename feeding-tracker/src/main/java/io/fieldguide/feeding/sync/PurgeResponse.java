package io.fieldguide.feeding.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a purge removed, and the cursor below which pulls now answer 410 (full re-sync). */
public record PurgeResponse(
        long purged,
        @JsonProperty("older_than") Instant olderThan,
        @Schema(nullable = true, description = "null when nothing was purged yet") @JsonProperty("purged_through")
                String purgedThrough) {}
