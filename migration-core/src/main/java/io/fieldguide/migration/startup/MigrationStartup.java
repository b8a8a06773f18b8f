package io.fieldguide.migration.startup;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.flyway.CoreSchema;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.run.RunOutcome;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Brings the core's bookkeeping up to date, then (unless switched off) the service's schema, up to
 * {@code fieldguide.migration.start-target} when set. The core drives the start-up migration instead
 * of {@code quarkus.flyway.migrate-at-start} so that it is recorded in the history like any run. A
 * failure does not stop the service: readiness stays DOWN and the API reports it.
 */
@ApplicationScoped
public class MigrationStartup {

    void onStart(
            @Observes StartupEvent event, CoreSchema coreSchema, MigrateService migrate, MigrationCoreConfig config) {
        coreSchema.ensureMigrated();
        if (!config.migrateAtStart()) {
            return;
        }
        RunOutcome outcome;
        try {
            outcome = migrate.migrate(config.startTarget().orElse(null), false, "startup");
        } catch (InvalidRequestException e) {
            // A start target already passed (a restart after the API moved the schema on) is not an
            // error: the schema is where the operator left it.
            Log.infof("Start-up migration skipped: %s", e.getMessage());
            return;
        }
        if (!outcome.success()) {
            Log.errorf(
                    "Start-up migration failed at %s; the service is not ready",
                    outcome.firstFailure().name());
        }
    }
}
