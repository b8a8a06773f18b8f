package io.fieldguide.migration.history;

import io.fieldguide.migration.run.MigrationStep;
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
            if (step.success()) {
                Log.infof(
                        "%s %s %s by %s in %d ms",
                        step.kind().wireName(),
                        step.direction().wireName(),
                        step.name(),
                        triggeredBy,
                        step.duration().toMillis());
            } else {
                Log.errorf(
                        "%s %s %s by %s failed: %s",
                        step.kind().wireName(),
                        step.direction().wireName(),
                        step.name(),
                        triggeredBy,
                        step.errorMessage());
            }
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
}
