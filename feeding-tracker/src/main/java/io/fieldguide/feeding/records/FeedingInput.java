package io.fieldguide.feeding.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new feeding record. {@code client_id} is optional: an offline client sends the id it created;
 * without one the server generates it.
 */
public record FeedingInput(
        @Schema(nullable = true) @JsonProperty("client_id") UUID clientId,
        @JsonProperty("feeding_time") @NotNull OffsetDateTime feedingTime,
        @Schema(nullable = true) @JsonProperty("food_type") @Size(max = 255) String foodType,
        @Schema(nullable = true) @Size(max = 10_000) String notes) {}
