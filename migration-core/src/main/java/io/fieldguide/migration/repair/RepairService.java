package io.fieldguide.migration.repair;

import io.fieldguide.migration.flyway.MigrationLock;
import io.fieldguide.migration.flyway.MigrationNames;
import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.history.RunRecorder;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import io.fieldguide.migration.run.RunOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.RepairResult;

/**
 * Flyway's repair, for the state it refuses to migrate from: a non-transactional migration (a
 * concurrent index build) that failed half way is recorded as failed, and every later migrate stops
 * on it. Repair removes the failed entries (and realigns checksums) so that the migration can run
 * again once its cause is fixed; it changes no table of the service. Serialised with migrate and
 * rollback, and recorded in the history.
 */
@ApplicationScoped
public class RepairService {

    private final ServiceFlyway serviceFlyway;
    private final RunRecorder recorder;
    private final MigrationLock lock;

    RepairService(ServiceFlyway serviceFlyway, RunRecorder recorder, MigrationLock lock) {
        this.serviceFlyway = serviceFlyway;
        this.recorder = recorder;
        this.lock = lock;
    }

    public RunOutcome repair(String triggeredBy) {
        return lock.exclusively(() -> run(triggeredBy));
    }

    private RunOutcome run(String triggeredBy) {
        Instant started = Instant.now();
        List<String> failed = serviceFlyway.all().stream()
                .filter(info -> info.getState().isFailed())
                .map(MigrationNames::of)
                .toList();
        String name = failed.isEmpty() ? "repair" : "repair " + String.join(", ", failed);
        MigrationStep step;
        try {
            RepairResult result = serviceFlyway.flyway().repair();
            step = MigrationStep.succeeded(RunKind.REPAIR, name + summary(result), null, Direction.NONE, started);
        } catch (FlywayException e) {
            step = MigrationStep.failed(RunKind.REPAIR, name, null, Direction.NONE, started, e.getMessage());
        }
        recorder.record(List.of(step), triggeredBy);
        return RunOutcome.of(List.of(step));
    }

    private static String summary(RepairResult result) {
        int removed = result.migrationsRemoved == null ? 0 : result.migrationsRemoved.size();
        int aligned = result.migrationsAligned == null ? 0 : result.migrationsAligned.size();
        return removed == 0 && aligned == 0
                ? " (nothing to repair)"
                : " (" + removed + " failed removed, " + aligned + " checksums realigned)";
    }
}
