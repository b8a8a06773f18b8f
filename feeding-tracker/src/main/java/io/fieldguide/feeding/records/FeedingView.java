package io.fieldguide.feeding.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A feeding record on the wire, with the guide's snake_case names. {@code client_id} is in every
 * record (null for rows the backfill has not reached yet); {@code version} is the base a client
 * sends back with its next change; {@code deleted_at} is set on tombstones (sync only).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FeedingView(
        long id,
        @Schema(nullable = true, description = "null until the backfill reaches the row") @JsonProperty("client_id")
                UUID clientId,
        @JsonProperty("feeding_time") Instant feedingTime,
        @Schema(nullable = true) @JsonProperty("food_type") String foodType,
        @Schema(nullable = true) String notes,
        @Schema(nullable = true) @JsonProperty("created_at") Instant createdAt,
        @Schema(nullable = true) @JsonProperty("updated_at") Instant updatedAt,
        @Schema(nullable = true, description = "null before the sync columns exist") Long version,
        @Schema(nullable = true, description = "set on tombstones only") @JsonProperty("deleted_at")
                Instant deletedAt) {}
