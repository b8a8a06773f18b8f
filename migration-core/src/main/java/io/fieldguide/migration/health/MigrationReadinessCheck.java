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

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("migrations");
        try {
            MigrationStatus status = statusService.status();
            boolean pendingBlocks = config.readinessRequiresUpToDate()
                    && !status.pendingMigrations().isEmpty();
            return response.status(!status.hasFailed() && !pendingBlocks)
                    .withData("currentVersion", String.valueOf(status.currentVersion()))
                    .withData("pending", status.pendingMigrations().size())
                    .withData("failed", String.join(",", status.failedMigrations()))
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
