package io.fieldguide.migration.cli;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate [--target V] [--dry-run]}. */
@Dependent
@Command(
        name = "migrate",
        description = {
            "Apply the pending migrations, all of them or up to and including V.",
            "Exit 1 when a migration fails (it is rolled back and recorded in the history)."
        },
        footer = CliCommands.FOOTER)
class MigrateCommand extends CliCommand {

    @Inject
    MigrateService migrate;

    @Inject
    MigrationStatusService status;

    @Option(
            names = "--target",
            paramLabel = "V",
            description = "Up to and including V: a version (2, 0004), a name (2_add_widget_color) or a script name.")
    String target;

    @Option(names = "--dry-run", description = "Print the SQL that would run and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (target != null && target.isBlank()) {
            throw usageError("--target needs a value");
        }
        return RunReport.print(
                migrate.migrate(target, dryRun, CallerName.ofCommandLine()), "applied", output(), status);
    }
}
