package io.fieldguide.migration.cli;

import io.fieldguide.migration.embedded.LocalDatabaseSettings;
import io.fieldguide.migration.embedded.LocalPostgres;
import io.fieldguide.migration.embedded.ServerClient;
import io.fieldguide.migration.embedded.StandaloneConfig;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code db status | url | stop [--force]}: the local PostgreSQL that services share when no
 * datasource URL is configured. Runs without starting Quarkus ({@link MigrationCli#runWithoutQuarkus}),
 * and never starts the server: a look at it must not change it.
 */
@Command(
        name = "db",
        synopsisSubcommandLabel = "(status | url | stop)",
        description = {
            "The local PostgreSQL that services share when no datasource URL is configured (data in"
                    + " ~/.fieldguide/pgdata, or fieldguide.embedded-postgres.data-dir). Never starts the"
                    + " server, nor Quarkus."
        },
        footer = CliCommands.FOOTER)
final class LocalDatabaseCommand extends CommandBase {

    private LocalDatabaseSettings settings;

    @Override
    public Integer call() {
        throw usageError("db needs status, url or stop");
    }

    private LocalDatabaseSettings settings() {
        if (settings == null) {
            settings = LocalDatabaseSettings.from(StandaloneConfig.load()::value);
        }
        return settings;
    }

    @Command(
            name = "status",
            description = "Whether it runs, its PID, port, databases and clients, a JDBC URL and a psql line.")
    int status() {
        CliOutput output = output();
        LocalDatabaseSettings settings = settings();
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

    @Command(
            name = "url",
            description = "This service's JDBC URL and a psql line; exit 1 when the server is not running.")
    int url() {
        CliOutput output = output();
        LocalDatabaseSettings settings = settings();
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

    @Command(name = "stop", description = "Stop it; refused while other processes use it, unless --force.")
    int stop(@Option(names = "--force", description = "Stop it even while services use it.") boolean force) {
        CliOutput output = output();
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

    private String psql(int port) {
        return "psql -h localhost -p " + port + " -U postgres " + settings().database();
    }

    private static List<String> databases(LocalPostgres server, LocalPostgres.Running running) {
        try {
            return server.databases(running);
        } catch (SQLException e) {
            return List.of("(could not list: " + e.getMessage() + ")");
        }
    }
}
