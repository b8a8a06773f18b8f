package io.fieldguide.lots;

import io.fieldguide.migration.problem.InvalidRequestException;

/**
 * Lot codes, batch numbers, pallet and shipment numbers as they arrive in a path or query: the core
 * refuses a NUL character in a JSON string, but a path parameter reaches the database as it is, and
 * PostgreSQL's text refuses NUL with an error. Refused here with a 400 naming the parameter.
 */
public final class Codes {

    public static final int MAX_LENGTH = 100;

    private Codes() {}

    public static String require(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(parameter, parameter + " is required");
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidRequestException(parameter, parameter + " must not contain a NUL character");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRequestException(parameter, parameter + " is longer than " + MAX_LENGTH + " characters");
        }
        return value;
    }
}
