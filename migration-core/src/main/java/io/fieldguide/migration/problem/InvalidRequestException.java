package io.fieldguide.migration.problem;

/** Bad input that the caller can fix: answered 400, nothing is written. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the problem is not one field's. */
    public String field() {
        return field;
    }
}
