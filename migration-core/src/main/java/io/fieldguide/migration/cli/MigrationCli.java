package io.fieldguide.migration.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs a command line on picocli: {@link CliCommands} and its commands parse it and print the help;
 * this class turns every failure into a one-line message and an {@link ExitCode}. Callable directly
 * (tests, a service's own tooling) with the streams to write to.
 */
@ApplicationScoped
public class MigrationCli {

    private final Instance<CliCommand> commands;
    private final ObjectMapper mapper;

    MigrationCli(Instance<CliCommand> commands, ObjectMapper mapper) {
        this.commands = commands;
        this.mapper = mapper;
    }

    /** Runs {@code args} ({@code [--json] <command> [options]}) and returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CliOutput output = new CliOutput(out, err, wantsJson(args), mapper);
        CommandBeans beans = new CommandBeans(commands);
        CommandLine commandLine = commandLine(output, beans);
        try {
            return commandLine.execute(args.toArray(String[]::new));
        } finally {
            beans.destroyAll();
            flush(commandLine, output);
        }
    }

    public int run(PrintStream out, PrintStream err, String... args) {
        return run(Arrays.asList(args), out, err);
    }

    /**
     * Answers, before Quarkus starts, what needs neither Quarkus nor the database: a request for
     * help, {@code db} (which must not start the local server it looks at), and a command line
     * picocli refuses (an unknown command or option, a missing value): the service's own commands
     * are known here too, through {@link ServiceCommandsLoader}. Empty for anything else; a usage
     * error that needs the database, like a target that names no migration, is answered by
     * {@link #run} once the service started.
     */
    static OptionalInt runWithoutQuarkus(List<String> args, PrintStream out, PrintStream err) {
        CliOutput output = new CliOutput(out, err, wantsJson(args), new ObjectMapper());
        CommandLine commandLine = commandLine(output, CommandLine.defaultFactory());
        String[] arguments = args.toArray(String[]::new);
        try {
            ParseResult parsed = commandLine.parseArgs(arguments);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return OptionalInt.of(ExitCode.OK);
            }
            boolean localDatabase = parsed.asCommandLineList().stream()
                    .anyMatch(command -> command.getCommand() instanceof LocalDatabaseCommand);
            return localDatabase ? OptionalInt.of(commandLine.execute(arguments)) : OptionalInt.empty();
        } catch (ParameterException e) {
            return OptionalInt.of(usageError(output, e));
        } finally {
            flush(commandLine, output);
        }
    }

    /** Read from the raw arguments, so that a command line picocli refuses still gets a JSON answer. */
    static boolean wantsJson(List<String> args) {
        return args.contains(CliCommands.JSON);
    }

    private static CommandLine commandLine(CliOutput output, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new CliCommands(output), factory);
        ServiceCommandsLoader.addTo(commandLine, factory); // first: the settings below reach only commands added
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(output.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(output.err(), StandardCharsets.UTF_8), true));
        layOut(commandLine);
        commandLine.setParameterExceptionHandler((e, args) -> usageError(output, e));
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> failure(output, e, command));
        return commandLine;
    }

    /** The same headings in every command's help: a blank line between synopsis, description, options and footer. */
    private static void layOut(CommandLine commandLine) {
        commandLine
                .getCommandSpec()
                .usageMessage()
                .width(100)
                .descriptionHeading("%n")
                .optionListHeading("%nOptions:%n")
                .parameterListHeading("%nArguments:%n")
                .commandListHeading("%nCommands:%n")
                .footerHeading("%n");
        commandLine.getSubcommands().values().forEach(MigrationCli::layOut);
    }

    private static int usageError(CliOutput output, ParameterException e) {
        output.error(ExitCode.USAGE, "usage", usageMessage(e));
        output.usage(e.getCommandLine().getUsageMessage(), false);
        return ExitCode.USAGE;
    }

    /** picocli calls a word it does not know "unmatched"; at the top, where it is no option, it names a command. */
    private static String usageMessage(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption()
                && !unmatched.getUnmatched().isEmpty()
                && e.getCommandLine().getCommand() instanceof CliCommands) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        return oneLine(String.valueOf(e.getMessage()).replaceFirst("^Error: ", "")); // CliOutput says error:
    }

    private static int failure(CliOutput output, Exception e, CommandLine command) {
        String name = command.getCommandName();
        if (e instanceof InvalidRequestException) {
            return output.error(ExitCode.USAGE, "invalid-request", oneLine(e.getMessage()));
        }
        if (e instanceof ResourceNotFoundException) {
            return output.error(ExitCode.USAGE, "not-found", oneLine(e.getMessage()));
        }
        if (e instanceof RefusedException) {
            return output.error(ExitCode.FAILED, "refused", oneLine(e.getMessage()));
        }
        Log.debugf(e, "CLI command %s failed", name);
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return output.error(ExitCode.FAILED, "io", oneLine(String.valueOf(e.getMessage())));
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return output.error(ExitCode.FAILED, "failed", oneLine(message));
    }

    private static void flush(CommandLine commandLine, CliOutput output) {
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        output.flush();
    }

    /** Flyway and JDBC messages span lines and ruled separators; the CLI prints one line. */
    static String oneLine(String message) {
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("[-=]+"))
                .collect(Collectors.joining(" | "));
    }
}
