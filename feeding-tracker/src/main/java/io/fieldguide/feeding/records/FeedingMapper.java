package io.fieldguide.feeding.records;

/** Entity to wire: the one place where column names become the guide's JSON names. */
public final class FeedingMapper {

    private FeedingMapper() {}

    public static FeedingView view(FeedingRecord record) {
        return new FeedingView(
                record.id,
                record.clientId,
                record.feedingTime,
                record.foodType,
                record.notes,
                record.createdAt,
                record.updatedAt,
                record.version,
                record.deletedAt);
    }
}
