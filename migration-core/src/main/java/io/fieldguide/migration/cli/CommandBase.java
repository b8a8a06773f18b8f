package io.fieldguide.migration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every command has: the run's output, and usage errors that show the command's own usage. */
abstract class CommandBase implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code -h} and {@code --help} on every command; not inherited, because {@code help} has its own. */
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit, without starting the service.")
    boolean help;

    CliOutput output() {
        return ((CliCommands) spec.root().userObject()).output();
    }

    /** A command line picocli accepts but the command does not (exit 2, with this command's usage). */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
