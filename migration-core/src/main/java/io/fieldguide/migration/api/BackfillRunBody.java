package io.fieldguide.migration.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/migrations/backfills/{name}}; optional. */
public record BackfillRunBody(
        @Schema(description = "Keys per batch; defaults to fieldguide.migration.backfill.batch-size", examples = "1000")
                @Min(1)
                @Max(100_000)
                Integer batchSize,
        @Schema(description = "Forget earlier checkpoints and walk the table again") Boolean restart,
        @Schema(description = "Run to the end before answering instead of in the background") @JsonProperty("wait")
                Boolean waitUntilDone) {}
