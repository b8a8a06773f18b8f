package io.fieldguide.migration.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The command dispatcher behind {@link ServiceMain}: picks the command, parses its arguments, runs
 * it, and turns every failure into a one-line message and an {@link ExitCode}. Callable directly
 * (tests, a service's own tooling) with the streams to write to.
 */
@ApplicationScoped
public class MigrationCli {

    private final Map<String, CliCommand> commands;
    private final ObjectMapper mapper;

    MigrationCli(Instance<CliCommand> commands, ObjectMapper mapper) {
        this.commands = commands.stream().collect(Collectors.toMap(CliCommand::name, Function.identity()));
        this.mapper = mapper;
    }

    /** Runs {@code args} ({@code [--json] <command> [options]}) and returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CliOutput output = new CliOutput(out, err, args.contains(CliUsage.JSON), mapper);
        try {
            return dispatch(args, output);
        } finally {
            output.flush();
        }
    }

    public int run(PrintStream out, PrintStream err, String... args) {
        return run(Arrays.asList(args), out, err);
    }

    private int dispatch(List<String> args, CliOutput output) {
        Optional<String> help = CliUsage.helpRequested(args);
        if (help.isPresent()) {
            output.usage(help.get(), true);
            return ExitCode.OK;
        }
        List<String> words =
                args.stream().filter(arg -> !arg.equals(CliUsage.JSON)).toList();
        if (words.isEmpty()) {
            return usageError(output, new UsageException(null, "no command given"));
        }
        String name = words.get(0);
        CliCommand command = commands.get(name);
        if (command == null) {
            String unknown = name.equals("help") && words.size() > 1 ? words.get(1) : name;
            return usageError(output, new UsageException(null, "unknown command '" + unknown + "'"));
        }
        try {
            CliArguments parsed = CliArguments.parse(name, words.subList(1, words.size()), command.syntax());
            return command.run(parsed, output);
        } catch (UsageException e) {
            return usageError(output, e);
        } catch (InvalidRequestException e) {
            return output.error(ExitCode.USAGE, "invalid-request", oneLine(e.getMessage()));
        } catch (ResourceNotFoundException e) {
            return output.error(ExitCode.USAGE, "not-found", oneLine(e.getMessage()));
        } catch (RefusedException e) {
            return output.error(ExitCode.FAILED, "refused", oneLine(e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            Log.debugf(e, "CLI command %s failed", name);
            return output.error(ExitCode.FAILED, "io", oneLine(String.valueOf(e.getMessage())));
        } catch (Exception e) {
            Log.debugf(e, "CLI command %s failed", name);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return output.error(ExitCode.FAILED, "failed", oneLine(message));
        }
    }

    private static int usageError(CliOutput output, UsageException e) {
        output.error(ExitCode.USAGE, "usage", e.getMessage());
        output.usage(CliUsage.of(e.command()), false);
        return ExitCode.USAGE;
    }

    /** Flyway and JDBC messages span lines and ruled separators; the CLI prints one line. */
    static String oneLine(String message) {
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("[-=]+"))
                .collect(Collectors.joining(" | "));
    }
}
