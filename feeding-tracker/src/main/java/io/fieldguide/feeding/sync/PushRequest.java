package io.fieldguide.feeding.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of offline changes, applied in one transaction: records created or edited ({@code
 * upserts}) and records deleted ({@code deletes}), each by client_id. {@code base_version} is the
 * server version the client's copy was at (absent for a record the client created).
 */
public record PushRequest(List<@Valid Upsert> upserts, List<@Valid Delete> deletes) {

    public List<Upsert> upsertsOrEmpty() {
        return upserts == null ? List.of() : upserts;
    }

    public List<Delete> deletesOrEmpty() {
        return deletes == null ? List.of() : deletes;
    }

    public record Upsert(
            @JsonProperty("client_id") @NotNull UUID clientId,
            @Schema(nullable = true) @JsonProperty("base_version") @Positive Long baseVersion,
            @JsonProperty("feeding_time") @NotNull OffsetDateTime feedingTime,
            @Schema(nullable = true) @JsonProperty("food_type") @Size(max = 255) String foodType,
            @Schema(nullable = true) @Size(max = 10_000) String notes) {}

    public record Delete(
            @JsonProperty("client_id") @NotNull UUID clientId,
            @Schema(nullable = true) @JsonProperty("base_version") @Positive Long baseVersion) {}
}
