package io.fieldguide.migration.run;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a step moved the schema; {@code none} for runs that change no version (backfill, validate). */
public enum Direction {
    UP,
    DOWN,
    NONE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
