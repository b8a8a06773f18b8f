package io.fieldguide.learning.learner;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** A learner as the API shows it, with the model's current estimate of their ability. */
public record LearnerView(
        UUID id,
        String email,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("country_code") String countryCode,
        double ability,
        @JsonProperty("answers_seen") long answersSeen,
        @JsonProperty("created_at") Instant createdAt) {

    public static LearnerView of(Learner learner) {
        return new LearnerView(
                learner.id,
                learner.email,
                learner.displayName,
                learner.countryCode,
                learner.ability,
                learner.answersSeen,
                learner.createdAt);
    }
}
