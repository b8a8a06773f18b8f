package io.fieldguide.feeding.records;

/** A write based on a version the record no longer has, or on a deleted record: 409 with the server's copy. */
public class VersionConflictException extends RuntimeException {

    private final FeedingView serverRecord;

    public VersionConflictException(String message, FeedingView serverRecord) {
        super(message);
        this.serverRecord = serverRecord;
    }

    public FeedingView serverRecord() {
        return serverRecord;
    }
}
