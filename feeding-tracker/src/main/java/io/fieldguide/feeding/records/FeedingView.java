package io.fieldguide.feeding.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A feeding record on the wire, with the guide's snake_case names. {@code client_id} is in every
 * record (null for rows the backfill has not reached yet); {@code version} is the base a client
 * sends back with its next change; {@code deleted_at} is set on tombstones (sync only).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FeedingView(
        long id,
        @JsonProperty("client_id") UUID clientId,
        @JsonProperty("feeding_time") Instant feedingTime,
        @JsonProperty("food_type") String foodType,
        String notes,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        Long version,
        @JsonProperty("deleted_at") Instant deletedAt) {}
