package io.fieldguide.migration.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the default datasource's URL from the local PostgreSQL when nothing else configures
 * one ({@code QUARKUS_DATASOURCE_JDBC_URL}, {@code application.properties}, a test resource).
 *
 * <p>Registered through {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class EmbeddedDatasourceConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        LocalDatabaseSettings settings = LocalDatabaseSettings.from(name -> valueOf(context, name));
        if (!settings.enabled()) {
            return List.of();
        }
        return List.of(new EmbeddedDatasourceConfigSource(settings.dataDirectory(), settings.database()));
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
