package io.fieldguide.migration.problem;

/** A named thing (a record, a backfill job) that does not exist: answered 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
