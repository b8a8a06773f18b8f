package io.fieldguide.migration.input;

import io.fieldguide.migration.problem.InvalidRequestException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The instants every service accepts: years 0001 to 9999 in UTC. PostgreSQL's {@code timestamptz}
 * holds 4713 BC to 294276 AD, Java far more; an instant outside would fail in the database as a
 * 500. Four-digit years are also what ISO 8601 and every JSON client can write back.
 */
public final class StorableTimestamps {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String RULE = "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    private StorableTimestamps() {}

    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** A query parameter holding an ISO 8601 timestamp with offset, or a 400 naming it. */
    public static Instant parseParameter(String name, String value) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name, name + " must be an ISO 8601 timestamp with offset, such as 2020-01-01T00:00:00.000Z");
        }
        if (!storable(instant)) {
            throw new InvalidRequestException(name, name + " " + RULE);
        }
        return instant;
    }
}
