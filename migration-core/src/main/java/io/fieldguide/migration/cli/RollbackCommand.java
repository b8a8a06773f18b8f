package io.fieldguide.migration.cli;

import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code rollback [--steps N | --target V] [--allow-data-loss] [--dry-run]}. */
@ApplicationScoped
class RollbackCommand implements CliCommand {

    private final RollbackService rollbacks;
    private final MigrationStatusService status;

    RollbackCommand(RollbackService rollbacks, MigrationStatusService status) {
        this.rollbacks = rollbacks;
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
        return RunReport.print(rollbacks.rollback(request, CallerName.ofCommandLine()), "rolled back", output, status);
    }
}
