package io.fieldguide.migration.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the default datasource's URL from an embedded PostgreSQL when nothing else configures
 * one ({@code QUARKUS_DATASOURCE_JDBC_URL}, {@code application.properties}, a test resource).
 *
 * <p>Registered through {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class EmbeddedDatasourceConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context, URL) || !isTrueOrUnset(context, "fieldguide.embedded-postgres.enabled")) {
            return List.of();
        }
        String database = valueOr(
                context,
                "fieldguide.embedded-postgres.database",
                valueOr(context, "quarkus.application.name", "fieldguide"));
        Path dataDirectory = Path.of(valueOr(
                context,
                "fieldguide.embedded-postgres.data-dir",
                Path.of(System.getProperty("user.home"), ".fieldguide", "pgdata")
                        .toString()));
        return List.of(new EmbeddedDatasourceConfigSource(dataDirectory, database));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean isTrueOrUnset(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || Boolean.parseBoolean(value.getValue());
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
