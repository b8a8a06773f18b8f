package io.fieldguide.migration.health;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.status.MigrationStatus;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a migration has failed, or (configurable) while migrations are pending: a load
 * balancer should not send traffic to code whose schema is not there yet.
 */
@Readiness
@ApplicationScoped
public class MigrationReadinessCheck implements HealthCheck {

    private final MigrationStatusService statusService;
    private final MigrationCoreConfig config;

    MigrationReadinessCheck(MigrationStatusService statusService, MigrationCoreConfig config) {
        this.statusService = statusService;
        this.config = config;
    }

    /**
     * DOWN while a migration has failed, or (with readiness-requires-up-to-date) while the schema
     * lacks what this code expects: pending, ignored (skipped, out of order) or outdated
     * (repeatable, changed) migrations. Missing scripts and a database ahead of the code (future
     * migrations, as in a rolling deploy) keep it UP, reported in the data for a person to look at.
     */
    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("migrations");
        try {
            MigrationStatus status = statusService.status();
            boolean schemaBehind = !status.pendingMigrations().isEmpty()
                    || !status.ignoredMigrations().isEmpty()
                    || !status.outdatedMigrations().isEmpty();
            boolean behindBlocks = config.readinessRequiresUpToDate() && schemaBehind;
            return response.status(!status.hasFailed() && !behindBlocks)
                    .withData("currentVersion", String.valueOf(status.currentVersion()))
                    .withData("pending", status.pendingMigrations().size())
                    .withData("failed", String.join(",", status.failedMigrations()))
                    .withData("ignored", String.join(",", status.ignoredMigrations()))
                    .withData("outdated", String.join(",", status.outdatedMigrations()))
                    .withData("missing", String.join(",", status.missingMigrations()))
                    .withData("future", String.join(",", status.futureMigrations()))
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
