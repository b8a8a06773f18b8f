package io.fieldguide.migration.run;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of run the history records. */
public enum RunKind {
    MIGRATE,
    UNDO,
    BACKFILL,
    VALIDATE,
    /** Flyway's repair of the service's history: failed entries removed, checksums realigned. */
    REPAIR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
