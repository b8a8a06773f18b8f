package io.fieldguide.migration.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: the options every command takes, the list of commands, and the general help. */
@Command(
        name = "java -jar quarkus-run.jar",
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Without a command the service starts and serves as usual. With one, it runs the command"
                    + " against the service's database and exits; the start-up migration is off and HTTP"
                    + " listens on a random port, so it does not clash with a running instance."
        },
        footer = CliCommands.FOOTER,
        subcommands = {
            StatusCommand.class,
            MigrateCommand.class,
            RollbackCommand.class,
            RepairCommand.class,
            ValidateCommand.class,
            LintCommand.class,
            BackfillCommand.class,
            NewMigrationCommand.class,
            TestConnectionCommand.class,
            LocalDatabaseCommand.class,
            HelpCommand.class
        })
final class CliCommands extends CommandBase {

    static final String FOOTER = "Exit codes: 0 done; 1 failed, refused, invalid or lint findings; 2 usage error."
            + " Runs are recorded in the history as triggered by cli:<OS user>.";

    static final String JSON = "--json";

    /**
     * Declared for picocli (accepted before or after the command, listed in every help) but read
     * from the raw arguments before parsing ({@link MigrationCli#wantsJson}): a usage error must be
     * a JSON document too.
     */
    @Option(
            names = JSON,
            scope = ScopeType.INHERIT,
            description = "Print one JSON document on standard output (logs go to standard error).")
    boolean json;

    private final CliOutput output;

    CliCommands(CliOutput output) {
        this.output = output;
    }

    @Override
    CliOutput output() {
        return output;
    }

    @Override
    public Integer call() {
        throw usageError("no command given");
    }
}
