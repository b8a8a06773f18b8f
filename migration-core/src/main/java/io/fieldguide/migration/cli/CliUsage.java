package io.fieldguide.migration.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's help text. Plain constants, so that {@code help} and {@code --help} are answered
 * before Quarkus (and the database) start.
 */
final class CliUsage {

    static final String JSON = "--json";
    private static final List<String> HELP_FLAGS = List.of("--help", "-h");

    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put(
                "status",
                """
                status
                    Applied, pending and failed migrations of this service, with whether each can be undone.
                    Exit 0, also when migrations are pending.
                """);
        COMMANDS.put(
                "migrate",
                """
                migrate [--target V] [--dry-run]
                    Apply the pending migrations, all of them or up to and including V (a version such as 2
                    or 0004, or a name such as 2_add_widget_color). --dry-run prints the SQL and changes nothing.
                    Exit 1 when a migration fails (it is rolled back and recorded in the history).
                """);
        COMMANDS.put(
                "rollback",
                """
                rollback [--steps N | --target V] [--allow-data-loss] [--dry-run]
                    Undo the last migration (default), the last N, or every one above V (V stays applied;
                    --target 0 undoes all). Each step runs its U script in one transaction with the history
                    change. Refused, changing nothing, with exit 1 when a migration has no undo or when the
                    undo would drop data it does not restore, unless --allow-data-loss is given.
                    --dry-run prints the undo SQL and changes nothing.
                """);
        COMMANDS.put(
                "repair",
                """
                repair
                    After a non-transactional migration failed half way (Flyway then refuses to migrate),
                    remove its failed entry from the history and realign checksums; no table is changed.
                    Recorded in the history. Exit 1 when the repair fails.
                """);
        COMMANDS.put(
                "validate",
                """
                validate
                    Check the live schema against what the service declares, and the applied scripts against
                    Flyway's checksums. Exit 1 when anything is missing, different, unexpected or edited.
                """);
        COMMANDS.put(
                "lint",
                """
                lint [LOCATION]
                    Lint the V and U scripts for operations that lock or rewrite a busy table
                    (docs/lint-rules.md). LOCATION is a directory, filesystem:DIR or classpath:PATH; the
                    default is the service's Flyway locations. Exit 1 when there are findings.
                """);
        COMMANDS.put(
                "backfill",
                """
                backfill [NAME] [--batch-size N] [--restart]
                    Run the declared backfill NAME in this process until it is complete, resuming from its
                    last checkpoint; --restart forgets the checkpoints first. Without NAME, list the declared
                    backfills and their progress. Exit 1 when the backfill fails or is cancelled.
                """);
        COMMANDS.put(
                "new",
                """
                new NAME [--dir DIR]
                    Create V<next>__NAME.sql and U<next>__NAME.sql from the templates, numbered in the
                    service's naming scheme (fieldguide.migration.naming-scheme: plain, timestamp or sequence)
                    after every version in DIR and every migration Flyway knows. DIR defaults to
                    fieldguide.migration.script-directory (src/main/resources/db/migration), relative to the
                    current directory: run it from the module's directory. Never overwrites a file.
                """);
        COMMANDS.put(
                "db",
                """
                db status | url | stop [--force]
                    The local PostgreSQL that services share when no datasource URL is configured (data in
                    ~/.fieldguide/pgdata, or fieldguide.embedded-postgres.data-dir). status: whether it runs,
                    its PID, port, databases and clients, a JDBC URL and a psql line. url: this service's JDBC
                    URL and a psql line (exit 1 when it is not running). stop: stop it; refused while other
                    processes use it, unless --force. Never starts the server, nor Quarkus.
                """);
        COMMANDS.put(
                "help",
                """
                help [COMMAND]
                    This text, or one command's.
                """);
    }

    private static final String HEADER =
            """
            Usage: java -jar <service>/target/quarkus-app/quarkus-run.jar [--json] <command> [options]

            Without a command the service starts and serves as usual. With one, it runs the command
            against the service's database and exits; the start-up migration is off and HTTP listens
            on a random port, so it does not clash with a running instance.

            Commands:
            """;

    private static final String FOOTER =
            """

            Every command takes --json (one JSON document on standard output) and --help.
            Exit codes: 0 done; 1 failed, refused, invalid or lint findings; 2 usage error.
            Runs are recorded in the history as triggered by cli:<OS user>.
            """;

    private CliUsage() {}

    static boolean isCommand(String name) {
        return COMMANDS.containsKey(name);
    }

    static String general() {
        StringBuilder text = new StringBuilder(HEADER);
        for (String usage : COMMANDS.values()) {
            text.append(usage.indent(2));
        }
        return text.append(FOOTER).toString();
    }

    /** One command's usage, or the general usage for an unknown command. */
    static String of(String command) {
        String usage = command == null ? null : COMMANDS.get(command);
        return usage == null ? general() : "Usage: <service> [--json] " + usage + FOOTER;
    }

    /**
     * The text a help request asks for: {@code help}, {@code help COMMAND}, {@code --help} or
     * {@code COMMAND ... --help}. Empty when {@code args} ask for something else, including help on
     * an unknown command (which the dispatcher answers as a usage error).
     */
    static Optional<String> helpRequested(List<String> args) {
        List<String> words = args.stream().filter(arg -> !arg.equals(JSON)).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0);
        if (first.equals("help")) {
            if (words.size() == 1) {
                return Optional.of(general());
            }
            return words.size() == 2 && isCommand(words.get(1)) ? Optional.of(of(words.get(1))) : Optional.empty();
        }
        if (HELP_FLAGS.contains(first)) {
            return Optional.of(general());
        }
        if (isCommand(first) && words.stream().anyMatch(HELP_FLAGS::contains)) {
            return Optional.of(of(first));
        }
        return Optional.empty();
    }
}
