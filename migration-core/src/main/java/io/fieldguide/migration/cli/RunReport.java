package io.fieldguide.migration.cli;

import io.fieldguide.migration.api.RunResponse;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.status.MigrationStatusService;

/** Prints a migrate or rollback outcome, as text or as the REST API's {@code {results, message, success}}. */
final class RunReport {

    private RunReport() {}

    /**
     * @param verb {@code applied} or {@code rolled back}
     * @return {@link ExitCode#OK}, or {@link ExitCode#FAILED} when a step failed
     */
    static int print(RunOutcome outcome, String verb, CliOutput output, MigrationStatusService status) {
        String message = message(outcome, verb);
        output.document(new RunResponse(
                RunResponse.results(outcome),
                message,
                outcome.success(),
                outcome.dryRun() ? Boolean.TRUE : null,
                outcome.dryRun() ? outcome.plannedSql() : null));
        if (outcome.dryRun()) {
            printPlan(outcome, message, output);
        } else if (!output.json()) {
            boolean nothing = outcome.steps().isEmpty();
            output.line(outcome.success() ? message + (nothing ? "." : ":") : "Stopped at a failure:");
            printSteps(outcome, output);
            output.line("Now: " + StatusCommand.summary(status.status()) + ".");
        }
        if (!outcome.success()) {
            output.errorLine(message);
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private static String message(RunOutcome outcome, String verb) {
        int count = outcome.steps().size();
        String migrations = count == 1 ? "1 migration" : count + " migrations";
        if (outcome.dryRun()) {
            return count == 0 ? "Nothing would be " + verb : migrations + " would be " + verb;
        }
        if (outcome.success()) {
            return count == 0 ? "Nothing to do: no migrations were " + verb : migrations + " " + verb;
        }
        MigrationStep failure = outcome.firstFailure();
        String error =
                MigrationCli.oneLine(String.valueOf(failure.errorMessage())).replaceAll("\\.+$", "");
        return failure.version() == null
                ? "Flyway stopped before running any migration: " + error
                : "Migration " + failure.name() + " failed: " + error + " (recorded in the history)";
    }

    private static void printPlan(RunOutcome outcome, String message, CliOutput output) {
        int count = outcome.steps().size();
        output.line(message + (count == 0 ? "." : "; nothing was changed. The SQL:"));
        for (int i = 0; i < count; i++) {
            output.line("");
            output.line("-- " + outcome.steps().get(i).name());
            output.line(outcome.plannedSql().get(i).stripTrailing());
        }
    }

    private static void printSteps(RunOutcome outcome, CliOutput output) {
        int width = outcome.steps().stream()
                .mapToInt(step -> step.name().length())
                .max()
                .orElse(0);
        for (MigrationStep step : outcome.steps()) {
            output.line(
                    "  %-4s  %-" + width + "s  %s",
                    step.direction().wireName(),
                    step.name(),
                    step.success() ? step.duration().toMillis() + " ms" : "FAILED");
        }
    }
}
