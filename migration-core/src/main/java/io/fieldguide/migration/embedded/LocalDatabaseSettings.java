package io.fieldguide.migration.embedded;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where a service's local database lives, read the same way by the datasource (through Quarkus's
 * configuration) and by {@code db} commands (which run without starting Quarkus).
 *
 * @param enabled false when a datasource URL is configured or {@code fieldguide.embedded-postgres.enabled=false}
 * @param dataDirectory {@code fieldguide.embedded-postgres.data-dir}, by default {@code ~/.fieldguide/pgdata}
 * @param database {@code fieldguide.embedded-postgres.database}, by default the application's name
 */
public record LocalDatabaseSettings(boolean enabled, Path dataDirectory, String database) {

    public static final String DATA_DIR = "fieldguide.embedded-postgres.data-dir";

    /** {@code lookup} answers a property's value, or null when it is not set. */
    public static LocalDatabaseSettings from(Function<String, String> lookup) {
        boolean urlConfigured = !blank(lookup.apply(EmbeddedDatasourceConfigSourceFactory.URL));
        String enabled = lookup.apply("fieldguide.embedded-postgres.enabled");
        String database = firstSet(
                lookup.apply("fieldguide.embedded-postgres.database"),
                lookup.apply("quarkus.application.name"),
                "fieldguide");
        String dataDirectory = firstSet(
                lookup.apply(DATA_DIR),
                Path.of(System.getProperty("user.home"), ".fieldguide", "pgdata")
                        .toString());
        return new LocalDatabaseSettings(
                !urlConfigured && (blank(enabled) || Boolean.parseBoolean(enabled)), Path.of(dataDirectory), database);
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (!blank(value)) {
                return value;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
