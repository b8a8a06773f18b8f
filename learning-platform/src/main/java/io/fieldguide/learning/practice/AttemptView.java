package io.fieldguide.learning.practice;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One of a learner's attempts, as their history shows it. */
public record AttemptView(
        @JsonProperty("attempt_id") long attemptId,
        @JsonProperty("item_id") long itemId,
        boolean correct,
        @JsonProperty("response_time_ms") Long responseTimeMs,
        @JsonProperty("predicted_success") Double predictedSuccess,
        @JsonProperty("attempted_at") Instant attemptedAt) {}
