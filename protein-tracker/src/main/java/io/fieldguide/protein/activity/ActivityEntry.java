package io.fieldguide.protein.activity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change a user made (or an import made for them). */
@Schema(description = "One entry of the activity log")
public record ActivityEntry(
        long id,
        @Schema(examples = "create") String action,
        @Schema(examples = "meal") String entityType,
        @Schema(nullable = true) String entityId,
        JsonNode details,
        Instant createdAt) {}
