package io.fieldguide.migration.rollback;

import io.fieldguide.migration.flyway.MigrationLock;
import io.fieldguide.migration.flyway.MigrationNames;
import io.fieldguide.migration.flyway.PooledConnections;
import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.flyway.TargetResolver;
import io.fieldguide.migration.history.RunRecorder;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import io.fieldguide.migration.run.RunOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Undo for Flyway Community, which has none: the last migration, N of them, or down to a target.
 * Everything is checked before anything runs, so a refusal changes nothing; each step then runs in
 * its own transaction together with the removal of its history row.
 */
@ApplicationScoped
public class RollbackService {

    private final ServiceFlyway serviceFlyway;
    private final UndoCatalog catalog;
    private final UndoStepExecutor executor;
    private final RunRecorder recorder;
    private final MigrationLock lock;
    private final PooledConnections pool;

    RollbackService(
            ServiceFlyway serviceFlyway,
            UndoCatalog catalog,
            UndoStepExecutor executor,
            RunRecorder recorder,
            MigrationLock lock,
            PooledConnections pool) {
        this.serviceFlyway = serviceFlyway;
        this.catalog = catalog;
        this.executor = executor;
        this.recorder = recorder;
        this.lock = lock;
        this.pool = pool;
    }

    /** Plans, checks and runs under the migration lock, so no other migrate or rollback interleaves. */
    public RunOutcome rollback(RollbackRequest request, String triggeredBy) {
        return request.dryRun() ? run(request, triggeredBy) : lock.exclusively(() -> run(request, triggeredBy));
    }

    private RunOutcome run(RollbackRequest request, String triggeredBy) {
        List<PlannedUndo> plan = plan(request);
        if (!request.allowDataLoss()) {
            refuseDataLoss(plan);
        }
        if (request.dryRun()) {
            Instant now = Instant.now();
            return RunOutcome.dryRun(
                    plan.stream().map(step -> step.asStep(now, now, null)).toList(),
                    plan.stream().map(step -> step.undo().describe()).toList());
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (PlannedUndo step : plan) {
            MigrationStep done = executor.execute(step);
            steps.add(done);
            if (!done.success()) {
                break;
            }
        }
        recorder.record(steps, triggeredBy);
        RunOutcome outcome = RunOutcome.of(steps);
        pool.afterRun(outcome);
        return outcome;
    }

    private List<PlannedUndo> plan(RollbackRequest request) {
        List<MigrationInfo> all = serviceFlyway.all();
        List<MigrationInfo> applied = all.stream()
                .filter(info -> info.getVersion() != null
                        && info.getState().isApplied()
                        && !info.getState().isFailed())
                .filter(info -> !info.getType().isBaseline() && !info.getType().isSynthetic())
                .sorted(Comparator.comparing(MigrationInfo::getVersion).reversed())
                .toList();
        List<MigrationInfo> toUndo = request.target() != null ? above(all, applied, request) : latest(applied, request);
        return toUndo.stream()
                .map(info -> new PlannedUndo(info, catalog.undoFor(info).orElseThrow(() -> noUndo(info))))
                .toList();
    }

    private static List<MigrationInfo> latest(List<MigrationInfo> applied, RollbackRequest request) {
        int steps = request.steps() == null ? 1 : request.steps();
        if (steps < 1) {
            throw new InvalidRequestException("steps", "steps must be at least 1, was " + steps);
        }
        if (steps > applied.size()) {
            throw new InvalidRequestException(
                    "steps", "steps is " + steps + " but only " + applied.size() + " migrations are applied");
        }
        return applied.subList(0, steps);
    }

    private static List<MigrationInfo> above(
            List<MigrationInfo> all, List<MigrationInfo> applied, RollbackRequest request) {
        if (request.steps() != null) {
            throw new InvalidRequestException("steps", "give either steps or target, not both");
        }
        if (request.target().trim().equals("0")) {
            return applied;
        }
        MigrationInfo target = TargetResolver.resolve(all, request.target(), "target");
        if (!applied.contains(target)) {
            throw new InvalidRequestException(
                    "target",
                    "Migration " + MigrationNames.of(target) + " is not applied, so there is nothing to roll back to");
        }
        return applied.stream()
                .filter(info -> info.getVersion().compareTo(target.getVersion()) > 0)
                .toList();
    }

    private void refuseDataLoss(List<PlannedUndo> plan) {
        for (PlannedUndo step : plan) {
            List<String> risks = executor.dataAtRisk(step);
            if (!risks.isEmpty()) {
                throw new RefusedException(
                        step.name(),
                        "Undoing " + step.name() + " would lose data its undo does not restore: "
                                + String.join("; ", risks)
                                + ". Nothing was rolled back; repeat with allowDataLoss=true to accept the loss.");
            }
        }
    }

    private static RefusedException noUndo(MigrationInfo info) {
        String name = MigrationNames.of(info);
        String how = info.getType() == CoreMigrationType.JDBC
                ? info.getScript() + " is not a ReversibleMigration"
                : "there is no undo script "
                        + io.fieldguide.migration.flyway.ScriptSource.undoScriptName(info.getScript());
        return new RefusedException(
                name, "Migration " + name + " cannot be undone: " + how + ". Nothing was rolled back.");
    }

    /** One migration to undo and how. */
    record PlannedUndo(MigrationInfo info, Undo undo) {

        String name() {
            return MigrationNames.of(info);
        }

        MigrationStep asStep(Instant startedAt, Instant finishedAt, String error) {
            return new MigrationStep(
                    RunKind.UNDO,
                    name(),
                    info.getVersion().getVersion(),
                    Direction.DOWN,
                    startedAt,
                    finishedAt,
                    error == null,
                    error);
        }
    }

    /** Re-thrown SQL failures keep their SQLState in the message the history records. */
    static String describe(SQLException e) {
        return e.getMessage() + " (SQLState " + e.getSQLState() + ")";
    }

    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; closing it discards the transaction anyway.
        }
    }
}
