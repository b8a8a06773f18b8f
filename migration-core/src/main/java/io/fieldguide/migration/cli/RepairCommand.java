package io.fieldguide.migration.cli;

import io.fieldguide.migration.repair.RepairService;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code repair}: Flyway's repair of the history after a failed non-transactional migration. */
@Dependent
@Command(
        name = "repair",
        description = {
            "After a non-transactional migration failed half way (Flyway then refuses to migrate), remove"
                    + " its failed entry from the history and realign checksums; no table is changed.",
            "Recorded in the history. Exit 1 when the repair fails."
        },
        footer = CliCommands.FOOTER)
class RepairCommand extends CliCommand {

    @Inject
    RepairService repair;

    @Inject
    MigrationStatusService status;

    @Override
    public Integer call() {
        return RunReport.print(repair.repair(CallerName.ofCommandLine()), "repaired", output(), status);
    }
}
