package io.fieldguide.migration.embedded;

import io.quarkus.runtime.ExecutionMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Answers the datasource URL, user and password with the local PostgreSQL, started in the
 * background at the first run-time lookup and joined on the first request for the URL, and the dev-only JWT keys that go with such a local demo.
 *
 * <p>It lists no property names on purpose: Quarkus records the values of listed run-time
 * properties while it builds the application, and a server started during the build would leave
 * its random port baked into the jar. The datasource reads these keys by name, which is all that
 * is needed. Its ordinal is below {@code application.properties} (250) and the environment (300),
 * so any configured URL wins.
 */
final class EmbeddedDatasourceConfigSource implements ConfigSource {

    private static final int ORDINAL = 50;

    private final Path dataDirectory;
    private final String database;

    EmbeddedDatasourceConfigSource(Path dataDirectory, String database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
    }

    @Override
    public String getValue(String propertyName) {
        if (!isRunTime()) {
            return null;
        }
        // The first run-time lookup of any property comes long before the datasource's: start
        // the server now, in the background, so that it is up by the time the URL is needed.
        EmbeddedPostgresServer.startInBackground(dataDirectory);
        return switch (propertyName) {
            case EmbeddedDatasourceConfigSourceFactory.URL -> EmbeddedPostgresServer.jdbcUrl(dataDirectory, database);
            case "quarkus.datasource.username" -> EmbeddedPostgresServer.USER;
            case "quarkus.datasource.password" -> EmbeddedPostgresServer.PASSWORD;
            // A local demo on the embedded database can sign and verify tokens; DevKeyGuard stops
            // these keys anywhere else.
            case DevKeys.VERIFY_PROPERTY -> DevKeys.PUBLIC_KEY;
            case DevKeys.SIGN_PROPERTY -> DevKeys.PRIVATE_KEY;
            // A local demo mints admin tokens with public keys: keep it off the network unless the
            // operator says otherwise (QUARKUS_HTTP_HOST, or the container images, which set it).
            case "quarkus.http.host" -> "localhost";
            default -> null;
        };
    }

    private static boolean isRunTime() {
        ExecutionMode mode = ExecutionMode.current();
        return mode == ExecutionMode.RUNTIME_INIT || mode == ExecutionMode.RUNNING;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "fieldguide-embedded-postgres";
    }
}
