package io.fieldguide.learning.item;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item as the API shows it (without its answer), with the model's estimate and its statistics. */
public record ItemView(
        long id,
        ItemKind kind,
        String topic,
        String prompt,
        double difficulty,
        @JsonProperty("answers_seen") long answersSeen,
        @JsonProperty("attempt_count") long attemptCount,
        @JsonProperty("correct_count") long correctCount) {

    public static ItemView of(Item item) {
        return new ItemView(
                item.id,
                item.kind,
                item.topic,
                item.prompt,
                item.difficulty,
                item.answersSeen,
                item.attemptCount,
                item.correctCount);
    }
}
