package io.fieldguide.learning.practice;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldguide.learning.item.ItemView;

/** The item to practise next, and the chance the model gives the learner on it. */
public record NextItem(
        ItemView item,
        @JsonProperty("predicted_success") double predictedSuccess,
        @JsonProperty("target_success") double targetSuccess,
        @JsonProperty("seen_recently") boolean seenRecently) {}
