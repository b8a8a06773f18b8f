package io.fieldguide.migration.cli;

import io.fieldguide.migration.embedded.EmbeddedPostgresServer;
import io.fieldguide.migration.problem.HttpLayerProblems;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * The entry point of every packaged service, found by Quarkus through the core jar's Jandex index.
 * Without arguments the service starts and serves until it is stopped, exactly as Quarkus's
 * generated main would. With a command ({@code status}, {@code migrate}, ... see {@link CliCommands})
 * it runs that command through {@link MigrationCli} (picocli) and exits with its {@link ExitCode}; help
 * and {@code db} are answered before Quarkus starts.
 *
 * <p>A service that needs its own {@code @QuarkusMain} must give it a name and select it with
 * {@code quarkus.package.main-class}, and call {@link #main} for the CLI (see docs/cli.md).
 */
@QuarkusMain
public class ServiceMain implements QuarkusApplication {

    /**
     * Set as system properties for a command run. The start-up migration must be off, or status
     * would never show a pending migration and rollback would be undone by the next command; HTTP
     * takes a random port so the command runs next to a serving instance; logs go to standard error
     * so that standard output holds only the command's result.
     */
    static final Map<String, String> FORCED = Map.of("fieldguide.migration.migrate-at-start", "false");

    /** Also set for a command run, unless given with {@code -D}. */
    static final Map<String, String> DEFAULTS = Map.of(
            "quarkus.http.port", "0",
            "quarkus.http.ssl-port", "0",
            "quarkus.log.console.stderr", "true",
            "quarkus.banner.enabled", "false");

    private final MigrationCli cli;

    ServiceMain(MigrationCli cli) {
        this.cli = cli;
    }

    public static void main(String... args) {
        HttpLayerProblems.takeOverUriValidation();
        if (args.length == 0) {
            EmbeddedPostgresServer.startEarly();
            Quarkus.run(ServiceMain.class, args);
            return;
        }
        OptionalInt answered = MigrationCli.runWithoutQuarkus(Arrays.asList(args), System.out, System.err);
        if (answered.isPresent()) {
            // help, or a look at the local server, which must not start it nor Quarkus with its datasource
            if (answered.getAsInt() != ExitCode.OK) {
                // Quarkus' exit handler: System.exit in a jar, the launcher's capture in @QuarkusMainTest
                exitHandler().accept(answered.getAsInt(), null);
            }
            return;
        }
        EmbeddedPostgresServer.startEarly();
        Map<String, String> previous = commandModeProperties();
        try {
            Quarkus.run(ServiceMain.class, withStartFailureLine(), args);
        } finally {
            restore(previous); // only matters where the JVM lives on, as in @QuarkusMainTest
        }
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return ExitCode.OK;
        }
        return cli.run(List.of(args), System.out, System.err);
    }

    /**
     * Quarkus' own exit handling, after one line saying why the service could not start (the
     * database does not answer, say): the last line of standard error, below the start-up logs, is
     * what a script or a person reads.
     */
    private static BiConsumer<Integer, Throwable> withStartFailureLine() {
        BiConsumer<Integer, Throwable> quarkusExit = exitHandler();
        return (code, failure) -> {
            if (failure != null) {
                System.err.println("error: the service could not start: " + MigrationCli.oneLine(reason(failure)));
            }
            quarkusExit.accept(code, failure);
        };
    }

    private static BiConsumer<Integer, Throwable> exitHandler() {
        BiConsumer<Integer, Throwable> handler = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        return handler != null ? handler : (code, failure) -> System.exit(code);
    }

    /** The driver's words where there are some ("Connection to host:port refused..."), else the root cause's. */
    static String reason(Throwable failure) {
        String reason = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return cause.getMessage();
            }
            if (cause.getMessage() != null) {
                reason = cause.getMessage();
            }
        }
        return reason == null ? failure.getClass().getSimpleName() : reason;
    }

    /** Sets the command-mode properties and returns what they were before (null for unset). */
    static Map<String, String> commandModeProperties() {
        Map<String, String> previous = new LinkedHashMap<>();
        FORCED.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        DEFAULTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                previous.put(key, System.setProperty(key, value));
            }
        });
        return previous;
    }

    static void restore(Map<String, String> previous) {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
