package io.fieldguide.course.user;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule V1734567890005 fills users.full_name with, kept identical here so that the column stays
 * derived data (which is why its undo loses nothing): first and last name, leaving out a missing or
 * blank part; the e-mail address's local part when both are missing.
 */
public final class FullName {

    private FullName() {}

    public static String of(String firstName, String lastName, String email) {
        String joined = Stream.of(firstName, lastName)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? email.substring(0, Math.max(0, email.indexOf('@'))) : joined;
    }
}
