package io.fieldguide.migration.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local server's settings, kept in {@code fieldguide.conf} inside the data directory and
 * included from {@code postgresql.conf}, so that a server started by hand ({@code pg_ctl -D ...
 * start}) runs exactly as the services start it.
 *
 * <p>Durable on purpose: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes}
 * stay on, so what a user typed into a local demo survives a power cut or a crash of PostgreSQL.
 * The test harness starts servers of its own with fast, non-durable settings.
 */
final class ServerSettings {

    static final String FILE = "fieldguide.conf";
    private static final String INCLUDE = "include_if_exists = '" + FILE + "'";
    private static final Pattern PORT = Pattern.compile("(?m)^port = (\\d+)$");

    private ServerSettings() {}

    static Map<String, String> forPort(int port) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("port", Integer.toString(port));
        // Only this machine may connect; authentication is "trust" (see PgCtl.initdb).
        settings.put("listen_addresses", "'localhost'");
        // TCP only: no socket file in /tmp that another data directory's server could clash with.
        settings.put("unix_socket_directories", "''");
        settings.put("max_connections", "200");
        settings.put("timezone", "'UTC'");
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        return settings;
    }

    static void write(Path dataDirectory, int port) throws IOException {
        StringBuilder text = new StringBuilder(
                "# Written by migration-core at every start of the local server; edits are overwritten.\n");
        forPort(port)
                .forEach((name, value) ->
                        text.append(name).append(" = ").append(value).append('\n'));
        Files.writeString(dataDirectory.resolve(FILE), text);
        Path main = dataDirectory.resolve("postgresql.conf");
        String current = Files.readString(main);
        if (!current.contains(INCLUDE)) {
            Files.writeString(main, current + "\n" + INCLUDE + "\n");
        }
    }

    static Optional<Integer> readPort(Path dataDirectory) {
        try {
            Matcher port = PORT.matcher(Files.readString(dataDirectory.resolve(FILE)));
            return port.find() ? Optional.of(Integer.parseInt(port.group(1))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
