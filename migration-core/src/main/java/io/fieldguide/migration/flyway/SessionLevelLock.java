package io.fieldguide.migration.flyway;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Makes every Flyway of the service hold its PostgreSQL advisory lock per session rather than per
 * transaction. With the transactional lock, a script that runs outside a transaction (a
 * {@code CREATE INDEX CONCURRENTLY}) waits forever for the lock its own runner holds on another
 * connection (Flyway issues 1654, 3497, 3506, 3682, 3854). Quarkus has no property for it, so the
 * documented customizer hook sets it.
 */
@Singleton
public class SessionLevelLock implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        apply(configuration);
    }

    public static FluentConfiguration apply(FluentConfiguration configuration) {
        configuration
                .getPluginRegister()
                .getPlugin(PostgreSQLConfigurationExtension.class)
                .setTransactionalLock(false);
        return configuration;
    }
}
