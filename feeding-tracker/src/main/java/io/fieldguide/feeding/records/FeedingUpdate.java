package io.fieldguide.feeding.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new content of a record. With {@code base_version} the update is applied only if the record
 * is still at that version (else 409 with the server's copy); without it, last write wins.
 */
public record FeedingUpdate(
        @JsonProperty("feeding_time") @NotNull OffsetDateTime feedingTime,
        @Schema(nullable = true) @JsonProperty("food_type") @Size(max = 255) String foodType,
        @Schema(nullable = true) @Size(max = 10_000) String notes,
        @Schema(nullable = true) @JsonProperty("base_version") @Positive Long baseVersion) {}
