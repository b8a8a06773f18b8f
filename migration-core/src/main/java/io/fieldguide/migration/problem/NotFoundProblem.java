package io.fieldguide.migration.problem;

/** A named thing (a record, a backfill job) that does not exist: answered 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
