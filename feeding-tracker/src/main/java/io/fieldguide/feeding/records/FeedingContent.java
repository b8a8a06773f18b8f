package io.fieldguide.feeding.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The user's data of a record, as PostgreSQL stores it (microseconds): what a create or update
 * writes and what "the same change again" is compared on.
 */
public record FeedingContent(Instant feedingTime, String foodType, String notes) {

    public static FeedingContent of(OffsetDateTime feedingTime, String foodType, String notes) {
        return new FeedingContent(feedingTime.toInstant().truncatedTo(ChronoUnit.MICROS), foodType, notes);
    }

    public boolean sameAs(FeedingRecord record) {
        return feedingTime.equals(record.feedingTime)
                && Objects.equals(foodType, record.foodType)
                && Objects.equals(notes, record.notes);
    }

    public void applyTo(FeedingRecord record) {
        record.feedingTime = feedingTime;
        record.foodType = foodType;
        record.notes = notes;
    }
}
