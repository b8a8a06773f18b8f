package io.fieldguide.migration.migrate;

import io.fieldguide.migration.flyway.MigrationLock;
import io.fieldguide.migration.flyway.MigrationNames;
import io.fieldguide.migration.flyway.PooledConnections;
import io.fieldguide.migration.flyway.ScriptSource;
import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.flyway.TargetResolver;
import io.fieldguide.migration.history.RunRecorder;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.rollback.ReversibleMigration;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import io.fieldguide.migration.run.RunOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Applies pending migrations, all or up to a target. Concurrent callers (two instances starting at
 * once) are serialised by Flyway's PostgreSQL advisory lock; the second finds nothing pending.
 */
@ApplicationScoped
public class MigrateService {

    private final ServiceFlyway serviceFlyway;
    private final ScriptSource scripts;
    private final RunRecorder recorder;
    private final MigrationLock lock;
    private final PooledConnections pool;

    MigrateService(
            ServiceFlyway serviceFlyway,
            ScriptSource scripts,
            RunRecorder recorder,
            MigrationLock lock,
            PooledConnections pool) {
        this.serviceFlyway = serviceFlyway;
        this.scripts = scripts;
        this.recorder = recorder;
        this.lock = lock;
        this.pool = pool;
    }

    /**
     * @param target a version or migration name to stop at, or null for all pending
     * @param dryRun return the SQL that would run, change nothing
     */
    public RunOutcome migrate(String target, boolean dryRun, String triggeredBy) {
        return dryRun ? run(target, true, triggeredBy) : lock.exclusively(() -> run(target, false, triggeredBy));
    }

    private RunOutcome run(String target, boolean dryRun, String triggeredBy) {
        // One read of Flyway's state serves the checks and the plan: each read scans the scripts
        // and the history table, and is most of this method's cost over Flyway's own.
        List<MigrationInfo> all = serviceFlyway.all();
        MigrationInfo targetInfo = target == null ? null : notYetApplied(TargetResolver.resolve(all, target, "target"));
        List<MigrationInfo> pending = all.stream()
                .filter(info -> info.getState() == MigrationState.PENDING)
                .filter(info -> targetInfo == null || info.getVersion().compareTo(targetInfo.getVersion()) <= 0)
                .toList();
        if (dryRun) {
            return plan(pending);
        }
        StepRecordingCallback callback = new StepRecordingCallback();
        String failure = null;
        Instant startedAt = Instant.now();
        try {
            serviceFlyway
                    .forRun(targetInfo == null ? null : targetInfo.getVersion().getVersion(), callback)
                    .migrate();
        } catch (FlywayException e) {
            failure = e.getMessage();
        }
        List<MigrationStep> steps = new ArrayList<>(callback.steps(failure));
        if (failure != null && !callback.recordedFailure()) {
            // Flyway stopped before any migration ran (an edited applied script, a lock it could not get).
            steps.add(MigrationStep.failed(RunKind.MIGRATE, "migrate", null, Direction.UP, startedAt, failure));
        }
        recorder.record(steps, triggeredBy);
        RunOutcome outcome = RunOutcome.of(steps);
        pool.afterRun(outcome);
        return outcome;
    }

    private String sqlOf(MigrationInfo info) {
        return scripts.script(info)
                .or(() -> ReversibleMigration.load(
                                info.getScript(),
                                serviceFlyway.flyway().getConfiguration().getClassLoader())
                        .flatMap(ReversibleMigration::plannedUpSql))
                .orElse("-- Java migration " + info.getScript());
    }

    private static MigrationInfo notYetApplied(MigrationInfo target) {
        if (target.getState().isApplied()) {
            throw new InvalidRequestException(
                    "target",
                    "Migration " + MigrationNames.of(target) + " is already applied; use rollback to go down to it");
        }
        return target;
    }

    private RunOutcome plan(List<MigrationInfo> pending) {
        Instant now = Instant.now();
        List<MigrationStep> planned = pending.stream()
                .map(info -> new MigrationStep(
                        RunKind.MIGRATE,
                        MigrationNames.of(info),
                        info.getVersion().getVersion(),
                        Direction.UP,
                        now,
                        now,
                        true,
                        null))
                .toList();
        List<String> sql = pending.stream().map(this::sqlOf).toList();
        return RunOutcome.dryRun(planned, sql);
    }
}
