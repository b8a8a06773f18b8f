package io.fieldguide.migration.flyway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The service's own Flyway, as Quarkus configured it from {@code quarkus.flyway.*}, and copies of it
 * with a target or callbacks for a single run.
 */
@ApplicationScoped
public class ServiceFlyway {

    private final Flyway flyway;

    ServiceFlyway(Flyway flyway) {
        this.flyway = flyway;
    }

    public Flyway flyway() {
        return flyway;
    }

    /** All migrations Flyway knows, applied and pending, in Flyway's order. */
    public List<MigrationInfo> all() {
        return Arrays.asList(flyway.info().all());
    }

    /** A Flyway that validates applied migrations only: pending ones are expected, not errors. */
    public Flyway forValidation() {
        FluentConfiguration configuration = Flyway.configure(
                        flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .ignoreMigrationPatterns("*:pending");
        return SessionLevelLock.apply(configuration).load();
    }

    public Flyway forRun(String target, Callback... callbacks) {
        FluentConfiguration configuration = Flyway.configure(
                        flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .callbacks(callbacks);
        SessionLevelLock.apply(configuration);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
