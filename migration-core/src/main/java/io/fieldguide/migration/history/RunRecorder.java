package io.fieldguide.migration.history;

import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The one place a finished run is reported: a log line and a timer per step, and the history. */
@ApplicationScoped
public class RunRecorder {

    private final RunHistory history;
    private final MeterRegistry registry;

    RunRecorder(RunHistory history, MeterRegistry registry) {
        this.history = history;
        this.registry = registry;
    }

    public void record(List<MigrationStep> steps, String triggeredBy) {
        for (MigrationStep step : steps) {
            log(step, triggeredBy);
            Timer.builder("fieldguide.migration.steps")
                    .description("Migration, undo, backfill and validation runs")
                    .tag("kind", step.kind().wireName())
                    .tag("direction", step.direction().wireName())
                    .tag("success", Boolean.toString(step.success()))
                    .register(registry)
                    .record(step.duration());
        }
        history.record(steps, triggeredBy);
    }

    private static void log(MigrationStep step, String triggeredBy) {
        String what = step.direction() == Direction.NONE
                ? step.kind().wireName() + " " + step.name()
                : step.kind().wireName() + " " + step.direction().wireName() + " " + step.name();
        if (step.success()) {
            Log.infof("%s by %s in %d ms", what, triggeredBy, step.duration().toMillis());
        } else if (step.kind() == RunKind.VALIDATE) {
            Log.warnf("%s by %s: %s", what, triggeredBy, step.errorMessage());
        } else {
            Log.errorf("%s by %s failed: %s", what, triggeredBy, step.errorMessage());
        }
    }
}
