package io.fieldguide.migration.migrate;

import io.fieldguide.migration.flyway.MigrationNames;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Collects each migration's start, end and outcome as Flyway runs it. It only remembers: writing
 * the history inside Flyway's transaction would vanish with a failed migration's rollback.
 */
final class StepRecordingCallback implements Callback {

    private final List<MigrationStep> steps = new ArrayList<>();
    private Instant currentStart;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo info = context.getMigrationInfo();
        switch (event) {
            case BEFORE_EACH_MIGRATE -> currentStart = Instant.now();
            case AFTER_EACH_MIGRATE ->
                steps.add(MigrationStep.succeeded(
                        RunKind.MIGRATE, MigrationNames.of(info), version(info), Direction.UP, start()));
            case AFTER_EACH_MIGRATE_ERROR ->
                steps.add(MigrationStep.failed(
                        RunKind.MIGRATE, MigrationNames.of(info), version(info), Direction.UP, start(), null));
            default -> {}
        }
    }

    /** The steps, with the failure's message filled in from the exception Flyway threw. */
    List<MigrationStep> steps(String failureMessage) {
        return steps.stream()
                .map(step -> step.success() ? step : step.withErrorMessage(failureMessage))
                .toList();
    }

    boolean recordedFailure() {
        return steps.stream().anyMatch(step -> !step.success());
    }

    private Instant start() {
        return currentStart == null ? Instant.now() : currentStart;
    }

    private static String version(MigrationInfo info) {
        return info.getVersion() == null ? null : info.getVersion().getVersion();
    }

    @Override
    public String getCallbackName() {
        return "fieldguide-step-recorder";
    }
}
