package io.fieldguide.it.localdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.it.PackagedService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** What a user sees of the shared local server through {@code db status --json}, and a connection to it. */
final class LocalServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalServerClient() {}

    static JsonNode status(Path home) throws Exception {
        PackagedService.CommandResult result =
                PackagedService.runCommand("feeding-tracker", home, "--json", "db", "status");
        if (result.exitCode() != 0) {
            throw new AssertionError("db status failed: " + result.out() + result.err());
        }
        return JSON.readTree(result.out());
    }

    static Connection connect(Path home, String database) throws Exception {
        JsonNode status = status(home);
        if (!status.path("running").asBoolean()) {
            throw new AssertionError("the local server is not running: " + status);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + status.path("port").asInt() + "/" + database, "postgres", "postgres");
    }

    /** The postmaster's PID, as its data directory's postmaster.pid says. */
    static long postmasterPid(Path home) throws Exception {
        List<String> lines = Files.readAllLines(home.resolve(".fieldguide/pgdata/postmaster.pid"));
        return Long.parseLong(lines.get(0).strip());
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server may be gone already, which is what the test is about
        }
    }
}
