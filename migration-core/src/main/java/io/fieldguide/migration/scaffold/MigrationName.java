package io.fieldguide.migration.scaffold;

import io.fieldguide.migration.problem.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The description part of a new migration's file name: {@code AddThing}, {@code add-thing} and
 * {@code "add thing"} all become {@code add_thing}. Anything else than letters, digits, spaces,
 * hyphens and underscores is refused rather than guessed at, and so is a path or a whole file name.
 */
public final class MigrationName {

    static final int MAX_LENGTH = 100;

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[VUR]\\d*__.*");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private MigrationName() {}

    /** The lower snake_case form of {@code raw}, or an {@link InvalidRequestException} saying why there is none. */
    public static String normalise(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw invalid("The migration name is empty; give a short description such as add_customer_email");
        }
        if (name.contains("/") || name.contains("\\") || name.startsWith(".") || name.endsWith(".sql")) {
            throw invalid("'" + raw + "' looks like a path or a file name; give only a description such as"
                    + " add_customer_email (the directory comes from --dir or fieldguide.migration.script-directory)");
        }
        if (FILE_NAME.matcher(name).matches()) {
            throw invalid("'" + raw + "' already has a version prefix; give only the description, the version comes"
                    + " from the naming scheme");
        }
        String snake = SEPARATORS
                .matcher(CAMEL_HUMP.matcher(name).replaceAll("_"))
                .replaceAll("_")
                .toLowerCase(Locale.ROOT)
                .replaceAll("_{2,}", "_")
                .replaceAll("^_|_$", "");
        if (!VALID.matcher(snake).matches()) {
            throw invalid("'" + raw + "' is not a valid migration name: use letters, digits and underscores,"
                    + " starting with a letter (e.g. add_customer_email)");
        }
        if (snake.length() > MAX_LENGTH) {
            throw invalid("'" + raw + "' is longer than " + MAX_LENGTH + " characters; a migration name is a short"
                    + " description, the details go in the script's header");
        }
        return snake;
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException("name", message);
    }
}
