package io.fieldguide.migration.cli;

import picocli.CommandLine.ParameterException;

/**
 * A command a service adds to its own command line, beside the core's ({@code status},
 * {@code migrate}, ...). Write it like the core's commands: a {@code @Dependent} bean with a picocli
 * {@code @Command}, its services in {@code @Inject} fields (picocli also builds it before Quarkus
 * starts, with the no-argument constructor, to answer {@code --help}), and {@link #call()} returning an
 * {@link ExitCode}. List it in the service's {@link ServiceCommands}.
 *
 * <p>Write results through {@link #line} (text mode) and {@link #document} ({@code --json}), so that
 * {@code --json} keeps standard output one JSON document; throw the core's {@code InvalidRequestException}
 * or {@code RefusedException} for exit codes 2 and 1, as the core's commands do.
 */
public abstract class ServiceCommand extends CliCommand {

    /** A line of the human-readable result; nothing with {@code --json}. */
    protected final void line(String text) {
        output().line(text);
    }

    protected final void line(String format, Object... args) {
        output().line(format, args);
    }

    /** The command's JSON document; nothing in text mode. Print it once, whatever the outcome. */
    protected final void document(Object value) {
        output().document(value);
    }

    /** A one-line error on standard error, for a failure whose details the document already holds. */
    protected final void errorLine(String message) {
        output().errorLine(message);
    }

    /** A command line picocli accepts but this command does not: exit 2, with this command's usage. */
    protected final ParameterException usage(String message) {
        return usageError(message);
    }
}
