package io.fieldguide.learning.practice;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A recorded answer: the model's prediction before it, and both estimates after it. */
public record AttemptRecorded(
        @JsonProperty("attempt_id") long attemptId,
        @JsonProperty("item_id") long itemId,
        boolean correct,
        @JsonProperty("predicted_success") double predictedSuccess,
        double ability,
        double difficulty,
        @JsonProperty("attempted_at") Instant attemptedAt) {}
