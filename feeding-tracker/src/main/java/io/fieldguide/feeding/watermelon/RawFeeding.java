package io.fieldguide.feeding.watermelon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A pulled feeding record as WatermelonDB stores it: the app's column names, times as epoch
 * milliseconds, the {@code client_id} as the record's string id, no {@code _status}/{@code _changed}.
 * {@code created_at} and {@code updated_at} only for apps on schema version 2 and later.
 */
@Schema(
        name = "WatermelonFeedingRecord",
        requiredProperties = {"id", "feeding_time", "food_type", "notes"},
        additionalProperties = Schema.False.class)
public record RawFeeding(
        @Schema(description = "The record's client_id", format = "uuid") String id,
        @Schema(description = "Epoch milliseconds") @JsonProperty("feeding_time") long feedingTime,
        @Schema(nullable = true) @JsonProperty("food_type") @JsonInclude(JsonInclude.Include.ALWAYS) String foodType,
        @Schema(nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) String notes,
        @Schema(description = "Epoch milliseconds, server-owned; schema version 2 and later")
                @JsonProperty("created_at")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                Long createdAt,
        @Schema(description = "Epoch milliseconds, server-owned; schema version 2 and later")
                @JsonProperty("updated_at")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                Long updatedAt) {}
