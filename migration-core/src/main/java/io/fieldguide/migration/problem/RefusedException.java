package io.fieldguide.migration.problem;

/**
 * A well-formed request the service will not carry out in the current state (an undo without an
 * undo script, an undo that would lose data): answered 409, nothing is changed.
 */
public class RefusedException extends RuntimeException {

    private final String subject;

    public RefusedException(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    /** What the refusal is about, e.g. the migration's name. */
    public String subject() {
        return subject;
    }
}
