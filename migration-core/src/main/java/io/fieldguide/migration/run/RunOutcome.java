package io.fieldguide.migration.run;

import java.util.List;

/** What a migrate or rollback call did, step by step; {@code success} is false if any step failed. */
public record RunOutcome(List<MigrationStep> steps, boolean dryRun, List<String> plannedSql) {

    public static RunOutcome of(List<MigrationStep> steps) {
        return new RunOutcome(List.copyOf(steps), false, List.of());
    }

    public static RunOutcome dryRun(List<MigrationStep> plannedSteps, List<String> plannedSql) {
        return new RunOutcome(List.copyOf(plannedSteps), true, List.copyOf(plannedSql));
    }

    public boolean success() {
        return steps.stream().allMatch(MigrationStep::success);
    }

    public MigrationStep firstFailure() {
        return steps.stream().filter(step -> !step.success()).findFirst().orElse(null);
    }
}
