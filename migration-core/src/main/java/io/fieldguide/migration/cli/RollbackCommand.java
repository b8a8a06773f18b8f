package io.fieldguide.migration.cli;

import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rollback [--steps N | --target V] [--allow-data-loss] [--dry-run]}. */
@Dependent
@Command(
        name = "rollback",
        description = {
            "Undo the last migration (the default), the last N, or every one above V. Each step runs its"
                    + " undo in one transaction with the history change.",
            "Refused, changing nothing, with exit 1 when a migration has no undo or when the undo would drop"
                    + " data it does not restore, unless --allow-data-loss is given."
        },
        footer = CliCommands.FOOTER)
class RollbackCommand extends CliCommand {

    @Inject
    RollbackService rollbacks;

    @Inject
    MigrationStatusService status;

    /** How far back: picocli refuses both at once. */
    static class Extent {
        @Option(names = "--steps", paramLabel = "N", required = true, description = "Undo the last N migrations.")
        Integer steps;

        @Option(
                names = "--target",
                paramLabel = "V",
                required = true,
                description = "Undo every migration above V (V stays applied; 0 undoes all).")
        String target;
    }

    @ArgGroup(exclusive = true)
    Extent extent;

    @Option(names = "--allow-data-loss", description = "Run an undo even when it drops data it does not restore.")
    boolean allowDataLoss;

    @Option(names = "--dry-run", description = "Print the undo SQL that would run and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Integer steps = extent == null ? null : extent.steps;
        String target = extent == null ? null : extent.target;
        if (steps != null && steps < 1) {
            throw usageError("--steps must be at least 1, was " + steps);
        }
        if (target != null && target.isBlank()) {
            throw usageError("--target needs a value");
        }
        RollbackRequest request = new RollbackRequest(steps, target, allowDataLoss, dryRun);
        return RunReport.print(
                rollbacks.rollback(request, CallerName.ofCommandLine()), "rolled back", output(), status);
    }
}
