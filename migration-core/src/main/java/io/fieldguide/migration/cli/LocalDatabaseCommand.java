package io.fieldguide.migration.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.embedded.LocalDatabaseSettings;
import io.fieldguide.migration.embedded.LocalPostgres;
import io.fieldguide.migration.embedded.ServerClient;
import io.fieldguide.migration.embedded.StandaloneConfig;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code db status | url | stop [--force]}: the local PostgreSQL that services share when no
 * datasource URL is configured. Runs without starting Quarkus, and never starts the server: a look
 * at it must not change it.
 */
final class LocalDatabaseCommand {

    static final String NAME = "db";

    private final LocalDatabaseSettings settings;
    private final CliOutput output;

    private LocalDatabaseCommand(LocalDatabaseSettings settings, CliOutput output) {
        this.settings = settings;
        this.output = output;
    }

    static boolean isRequested(List<String> args) {
        return args.stream()
                .filter(arg -> !arg.equals(CliUsage.JSON))
                .findFirst()
                .filter(NAME::equals)
                .isPresent();
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = args.contains(CliUsage.JSON);
        List<String> words =
                args.stream().filter(arg -> !arg.equals(CliUsage.JSON)).toList();
        CliOutput output = new CliOutput(out, err, json, new ObjectMapper());
        try {
            LocalDatabaseSettings settings = LocalDatabaseSettings.from(StandaloneConfig.load()::value);
            LocalDatabaseCommand command = new LocalDatabaseCommand(settings, output);
            String action = words.size() > 1 ? words.get(1) : "";
            List<String> options = words.size() > 2 ? words.subList(2, words.size()) : List.of();
            return switch (action) {
                case "status" -> command.noOptions(options) ? command.status() : command.usage(options);
                case "url" -> command.noOptions(options) ? command.url() : command.usage(options);
                case "stop" ->
                    options.isEmpty() || options.equals(List.of("--force"))
                            ? command.stop(!options.isEmpty())
                            : command.usage(options);
                default -> command.usage(action.isEmpty() ? List.of() : List.of(action));
            };
        } finally {
            output.flush();
        }
    }

    private boolean noOptions(List<String> options) {
        return options.isEmpty();
    }

    private int status() {
        LocalPostgres server = new LocalPostgres(settings.dataDirectory());
        Optional<LocalPostgres.Running> running = server.answering();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("running", running.isPresent());
        document.put("dataDirectory", server.dataDirectory().toString());
        document.put("serverLog", server.serverLog().toString());
        document.put("localDatabaseInUse", settings.enabled());
        document.put("database", settings.database());
        running.ifPresent(found -> {
            document.put("pid", found.pid());
            document.put("port", found.port());
            document.put("databases", databases(server, found));
            document.put(
                    "clients",
                    server.clients().stream().map(ServerClient::describe).toList());
            document.put("jdbcUrl", found.jdbcUrl(settings.database()));
            document.put("psql", psql(found.port()));
        });
        if (output.json()) {
            output.document(document);
            return ExitCode.OK;
        }
        output.line(
                "Local PostgreSQL: %s",
                running.map(found -> "running (PID " + found.pid() + ", port " + found.port() + ")")
                        .orElse("not running"));
        output.line("  data directory: %s", server.dataDirectory());
        output.line("  server log:     %s", server.serverLog());
        if (!settings.enabled()) {
            output.line("  this service is configured with a datasource URL and does not use it");
        }
        running.ifPresent(found -> {
            output.line("  databases:      %s", String.join(", ", databases(server, found)));
            output.line("  clients:");
            server.clients().forEach(client -> output.line("    %s", client.describe()));
            output.line(
                    "  JDBC URL:       %s  (user %s, no password needed)",
                    found.jdbcUrl(settings.database()), "postgres");
            output.line("  psql:           %s", psql(found.port()));
        });
        if (running.isEmpty()) {
            output.line("  It starts with the first service or command that needs it (java -jar <service jar>).");
        }
        return ExitCode.OK;
    }

    private int url() {
        Optional<LocalPostgres.Running> running = new LocalPostgres(settings.dataDirectory()).answering();
        if (running.isEmpty()) {
            return output.error(
                    ExitCode.FAILED,
                    "not-running",
                    "the local PostgreSQL in " + settings.dataDirectory()
                            + " is not running; start a service (java -jar <service jar>) first");
        }
        String jdbcUrl = running.get().jdbcUrl(settings.database());
        output.document(Map.of(
                "jdbcUrl",
                jdbcUrl,
                "username",
                "postgres",
                "psql",
                psql(running.get().port())));
        output.line(jdbcUrl);
        output.line(psql(running.get().port()));
        return ExitCode.OK;
    }

    private int stop(boolean force) {
        LocalPostgres server = new LocalPostgres(settings.dataDirectory());
        List<ServerClient> clients = server.clients();
        if (!clients.isEmpty() && !force) {
            return output.error(
                    ExitCode.FAILED,
                    "in-use",
                    clients.size() + " process(es) still use the local PostgreSQL ("
                            + String.join(
                                    "; ",
                                    clients.stream().map(ServerClient::describe).toList())
                            + "); stop them first, or use db stop --force");
        }
        boolean stopped = server.stop();
        output.document(Map.of(
                "stopped", stopped, "dataDirectory", server.dataDirectory().toString()));
        output.line(stopped ? "Local PostgreSQL stopped." : "Local PostgreSQL was not running.");
        return ExitCode.OK;
    }

    private int usage(List<String> unexpected) {
        output.error(
                ExitCode.USAGE,
                "usage",
                unexpected.isEmpty() ? "db needs status, url or stop" : "unexpected " + String.join(" ", unexpected));
        output.usage(CliUsage.of(NAME), false);
        return ExitCode.USAGE;
    }

    private String psql(int port) {
        return "psql -h localhost -p " + port + " -U postgres " + settings.database();
    }

    private static List<String> databases(LocalPostgres server, LocalPostgres.Running running) {
        try {
            return server.databases(running);
        } catch (SQLException e) {
            return List.of("(could not list: " + e.getMessage() + ")");
        }
    }
}
