package io.fieldguide.migration.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** The machine and the PostgreSQL server a benchmark ran on, for its report. */
record BenchmarkEnvironment(
        int processors,
        String cpuModel,
        String memory,
        String jdk,
        String postgresVersion,
        String databaseKind,
        String serverSettings) {

    private static final List<String> SETTINGS = List.of(
            "synchronous_commit",
            "fsync",
            "shared_buffers",
            "max_wal_size",
            "full_page_writes",
            "wal_compression",
            "jit");

    static BenchmarkEnvironment describe(DataSource dataSource, String databaseKind) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String version;
            try (ResultSet row = statement.executeQuery("SHOW server_version")) {
                row.next();
                version = row.getString(1);
            }
            StringBuilder settings = new StringBuilder();
            for (String setting : SETTINGS) {
                try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                    row.next();
                    settings.append(settings.isEmpty() ? "" : ", ")
                            .append(setting)
                            .append('=')
                            .append(row.getString(1));
                }
            }
            return new BenchmarkEnvironment(
                    Runtime.getRuntime().availableProcessors(),
                    procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                    procLine("/proc/meminfo", "MemTotal")
                            .map(BenchmarkEnvironment::gibibytes)
                            .orElse("unknown"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    version,
                    databaseKind,
                    settings.toString());
        }
    }

    String machine() {
        return "%d CPUs (nproc; %s), %s RAM, %s, %s"
                .formatted(processors, cpuModel, memory, System.getProperty("os.name"), jdk);
    }

    String server() {
        return "PostgreSQL %s (%s); session settings: %s".formatted(postgresVersion, databaseKind, serverSettings);
    }

    String summary() {
        return "Machine: " + machine() + "\nServer: " + server();
    }

    private static Optional<String> procLine(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "24576000 kB" as "23.4 GiB". */
    private static String gibibytes(String meminfo) {
        try {
            long kib = Long.parseLong(meminfo.replace("kB", "").trim());
            return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return meminfo;
        }
    }
}
