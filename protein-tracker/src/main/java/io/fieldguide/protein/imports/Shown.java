package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;

/** A value as a rejection reason quotes it: JSON text, cut to a length a report can carry. */
final class Shown {

    private static final int MAX = 40;

    private Shown() {}

    static String of(JsonNode value) {
        return of(String.valueOf(value));
    }

    static String of(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    }
}
