package io.fieldguide.migration.cli;

import io.fieldguide.migration.status.MigrationStatusService;
import io.fieldguide.migration.undo.RollbackRequest;
import io.fieldguide.migration.undo.UndoService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code rollback [--steps N | --target V] [--allow-data-loss] [--dry-run]}. */
@ApplicationScoped
class RollbackCommand implements CliCommand {

    private final UndoService undo;
    private final MigrationStatusService status;

    RollbackCommand(UndoService undo, MigrationStatusService status) {
        this.undo = undo;
        this.status = status;
    }

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return new CliArguments.Syntax(Set.of("allow-data-loss", "dry-run"), Set.of("steps", "target"), 0, 0);
    }

    @Override
    public int run(CliArguments args, CliOutput output) {
        Integer steps = args.intOption("steps", 1).orElse(null);
        String target = args.option("target").orElse(null);
        if (steps != null && target != null) {
            throw new UsageException(name(), "give either --steps or --target, not both");
        }
        RollbackRequest request =
                new RollbackRequest(steps, target, args.flag("allow-data-loss"), args.flag("dry-run"));
        return RunReport.print(undo.rollback(request, CliCaller.triggeredBy()), "rolled back", output, status);
    }
}
