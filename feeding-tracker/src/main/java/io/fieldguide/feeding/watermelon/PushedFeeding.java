package io.fieldguide.feeding.watermelon;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A feeding record as WatermelonDB pushes it. {@code created_at}, {@code updated_at},
 * {@code _status} and {@code _changed} are accepted and ignored: the server keeps its own times and
 * WatermelonDB's bookkeeping is the client's.
 */
@Schema(name = "WatermelonPushedFeedingRecord")
public record PushedFeeding(
        @Schema(description = "The record's client_id (a UUID: configure WatermelonDB's id generator)") @NotNull
                String id,
        @Schema(description = "Epoch milliseconds") @JsonProperty("feeding_time") @NotNull Long feedingTime,
        @Schema(nullable = true) @JsonProperty("food_type") @Size(max = 255) String foodType,
        @Schema(nullable = true) @Size(max = 10_000) String notes,
        @Schema(nullable = true, description = "Ignored") @JsonProperty("created_at") Long createdAt,
        @Schema(nullable = true, description = "Ignored") @JsonProperty("updated_at") Long updatedAt,
        @Schema(nullable = true, description = "Ignored") @JsonProperty("_status") String status,
        @Schema(nullable = true, description = "Ignored") @JsonProperty("_changed") String changed) {}
