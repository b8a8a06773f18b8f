package io.fieldguide.learning.practice;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer of the calling learner: which item, whether it was right, how long it took. */
public record AttemptInput(
        @JsonProperty("item_id") @NotNull @Schema(examples = "1") Long itemId,
        @NotNull @Schema(examples = "true") Boolean correct,
        @JsonProperty("response_time_ms") @PositiveOrZero @Max(86_400_000) @Schema(examples = "4200")
                Long responseTimeMs) {}
