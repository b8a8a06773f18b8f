package io.fieldguide.migration.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/** One difference between what the service expects and what the database holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationFinding(
        Kind kind, String objectType, String name, String expected, String actual, String message) {

    public enum Kind {
        MISSING,
        DIFFERENT,
        UNEXPECTED,
        /** An applied script was edited after it ran: Flyway's checksum no longer matches. */
        CHECKSUM_MISMATCH,
        /** Any other problem Flyway's own validation reports. */
        FLYWAY;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    static ValidationFinding missing(String objectType, String name) {
        return new ValidationFinding(
                Kind.MISSING, objectType, name, null, null, objectType + " " + name + " is missing");
    }

    static ValidationFinding unexpected(String objectType, String name) {
        return new ValidationFinding(
                Kind.UNEXPECTED, objectType, name, null, null, objectType + " " + name + " is not declared");
    }

    static ValidationFinding different(String objectType, String name, String expected, String actual) {
        return new ValidationFinding(
                Kind.DIFFERENT,
                objectType,
                name,
                expected,
                actual,
                objectType + " " + name + " is " + actual + ", expected " + expected);
    }
}
