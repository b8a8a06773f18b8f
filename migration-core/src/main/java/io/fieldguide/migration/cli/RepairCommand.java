package io.fieldguide.migration.cli;

import io.fieldguide.migration.repair.RepairService;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code repair}: Flyway's repair of the history after a failed non-transactional migration. */
@ApplicationScoped
class RepairCommand implements CliCommand {

    private final RepairService repair;
    private final MigrationStatusService status;

    RepairCommand(RepairService repair, MigrationStatusService status) {
        this.repair = repair;
        this.status = status;
    }

    @Override
    public String name() {
        return "repair";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return CliArguments.Syntax.none();
    }

    @Override
    public int run(CliArguments args, CliOutput output) {
        return RunReport.print(repair.repair(CallerName.ofCommandLine()), "repaired", output, status);
    }
}
