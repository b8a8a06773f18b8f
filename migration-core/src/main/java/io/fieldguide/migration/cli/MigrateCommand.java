package io.fieldguide.migration.cli;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** {@code migrate [--target V] [--dry-run]}. */
@ApplicationScoped
class MigrateCommand implements CliCommand {

    private final MigrateService migrate;
    private final MigrationStatusService status;

    MigrateCommand(MigrateService migrate, MigrationStatusService status) {
        this.migrate = migrate;
        this.status = status;
    }

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return new CliArguments.Syntax(Set.of("dry-run"), Set.of("target"), 0, 0);
    }

    @Override
    public int run(CliArguments args, CliOutput output) {
        String target = args.option("target").orElse(null);
        return RunReport.print(
                migrate.migrate(target, args.flag("dry-run"), CallerName.ofCommandLine()), "applied", output, status);
    }
}
