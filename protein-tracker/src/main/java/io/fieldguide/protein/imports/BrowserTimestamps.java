package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a meal's time in every form the web app left in localStorage: epoch milliseconds or
 * seconds (told apart by size), ISO 8601 with an offset, ISO without one, a date alone, and
 * {@code Date.toLocaleString()} in en-US ({@code 3/2/2024, 11:50:00 PM}). Forms without an offset
 * are the user's wall-clock time in their zone.
 */
final class BrowserTimestamps {

    /** Below this an epoch number is seconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
    private static final long SECONDS_BELOW = 100_000_000_000L;

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final List<DateTimeFormatter> LOCALE_STRING_FORMS = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy, h:mm:ss a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy, h:mm a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy, H:mm:ss", Locale.US));

    private BrowserTimestamps() {}

    /** The instant, or an {@link IllegalArgumentException} whose message is the reason to reject. */
    static Instant read(JsonNode value, ZoneId zone, Instant latest) {
        Instant instant = parse(value, zone);
        if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
            throw new IllegalArgumentException("timestamp " + Shown.of(value) + " is " + instant
                    + ", outside the plausible range " + EARLIEST + " to " + latest);
        }
        return instant;
    }

    private static Instant parse(JsonNode value, ZoneId zone) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new IllegalArgumentException("timestamp is missing");
        }
        if (value.isNumber()) {
            return fromEpoch(value.decimalValue(), value);
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("timestamp " + Shown.of(value) + " is neither a number nor a string");
        }
        // Newer browsers put a narrow no-break space before AM/PM.
        String text =
                value.asText().replace('\u202f', ' ').replace('\u00a0', ' ').trim();
        if (text.matches("-?\\d+")) {
            return fromEpoch(new BigDecimal(text), value);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // next form
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            // next form
        }
        for (DateTimeFormatter form : LOCALE_STRING_FORMS) {
            try {
                return LocalDateTime.parse(text.toUpperCase(Locale.ROOT), form)
                        .atZone(zone)
                        .toInstant();
            } catch (DateTimeParseException notThisForm) {
                // next form
            }
        }
        throw new IllegalArgumentException(
                "timestamp " + Shown.of(value) + " is not a time in any form the app stored");
    }

    private static Instant fromEpoch(BigDecimal number, JsonNode original) {
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("timestamp " + Shown.of(original) + " is not a whole number of ms or s");
        }
        try {
            long epoch = number.longValueExact();
            return Math.abs(epoch) < SECONDS_BELOW ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
        } catch (ArithmeticException | DateTimeException e) {
            throw new IllegalArgumentException("timestamp " + Shown.of(original) + " is out of range");
        }
    }
}
