package io.fieldguide.migration.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunOutcome;
import java.time.Instant;
import java.util.List;

/** The course tracker's {@code POST /api/migrations} shape: {@code {results, message, success}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunResponse(List<StepResult> results, String message, boolean success, Boolean dryRun, List<String> sql) {

    /** One step as the seed reports it ({@code name, direction, timestamp, success}) plus timing and error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepResult(
            String name,
            String direction,
            Instant timestamp,
            boolean success,
            String version,
            Long durationMs,
            String error) {

        static StepResult of(MigrationStep step) {
            return new StepResult(
                    step.name(),
                    step.direction().wireName(),
                    step.finishedAt(),
                    step.success(),
                    step.version(),
                    step.duration().toMillis(),
                    step.errorMessage());
        }
    }

    public static List<StepResult> results(RunOutcome outcome) {
        return outcome.steps().stream().map(StepResult::of).toList();
    }

    static RunResponse of(RunOutcome outcome, String verb) {
        if (outcome.dryRun()) {
            String message = outcome.steps().isEmpty()
                    ? "Nothing would be " + verb
                    : outcome.steps().size() + " migrations would be " + verb;
            return new RunResponse(results(outcome), message, true, true, outcome.plannedSql());
        }
        String message = outcome.steps().isEmpty()
                ? "Nothing to do: no migrations were " + verb
                : "Migrations " + verb + " successfully";
        return new RunResponse(results(outcome), message, true, null, null);
    }
}
