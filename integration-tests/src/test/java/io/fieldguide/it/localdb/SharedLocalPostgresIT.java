package io.fieldguide.it.localdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.it.PackagedService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local PostgreSQL that packaged services share when nothing is configured: one server per
 * data directory for every service and the CLI, a first start that works after any SIGKILL, and
 * every acknowledged write still there afterwards. Each test gives its processes one home folder,
 * so they all use {@code <home>/.fieldguide/pgdata}.
 */
class SharedLocalPostgresIT {

    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path home;

    @Test
    void twoServicesAndTheCliShareOneServerThatStopsWithItsLastClient() throws Exception {
        try (PackagedService feeding = PackagedService.start("feeding-tracker", home);
                PackagedService course = PackagedService.start("course-tracker", home)) {
            feeding.awaitReady(READY);
            course.awaitReady(READY);

            PackagedService.CommandResult cli = PackagedService.runCommand("feeding-tracker", home, "--json", "status");
            assertEquals(0, cli.exitCode(), cli.out() + cli.err());
            assertTrue(
                    new ObjectMapper()
                            .readTree(cli.out())
                            .path("status")
                            .path("isUpToDate")
                            .asBoolean(),
                    cli.out());

            JsonNode status = LocalServerClient.status(home);
            assertTrue(status.path("running").asBoolean(), status.toString());
            List<String> databases = names(status.path("databases"));
            assertTrue(databases.containsAll(List.of("feeding-tracker", "course-tracker")), status.toString());
            List<String> clients = names(status.path("clients"));
            assertTrue(clients.stream().anyMatch(c -> c.startsWith("PID " + feeding.pid())), status.toString());
            assertTrue(clients.stream().anyMatch(c -> c.startsWith("PID " + course.pid())), status.toString());
            assertTrue(
                    feeding.log().contains("Local PostgreSQL started")
                            ^ course.log().contains("Local PostgreSQL started"),
                    "exactly one of them starts the server, the other adopts it");

            PackagedService.CommandResult refused = PackagedService.runCommand("feeding-tracker", home, "db", "stop");
            assertEquals(1, refused.exitCode(), "db stop must refuse while services use the server: " + refused.err());
        }
        assertFalse(LocalServerClient.status(home).path("running").asBoolean(), "the last client stops the server");
    }

    @Test
    void aSigkilledServiceThatStartedTheServerIsReadyAtItsFirstRestartWithEveryAcknowledgedRow() throws Exception {
        Map<String, String> acknowledged;
        try (PackagedService feeding = PackagedService.start("feeding-tracker", home)) {
            feeding.awaitReady(READY);
            try (FeedingWriter writer = FeedingWriter.start(feeding, "kill-jvm")) {
                writer.awaitAcknowledged(200);
                feeding.kill();
                writer.close();
                acknowledged = writer.acknowledged();
            }
        }
        long orphan = LocalServerClient.postmasterPid(home);
        assertTrue(LocalServerClient.isAlive(orphan), "the server outlives the SIGKILLed JVM that started it");

        try (PackagedService again = PackagedService.start("feeding-tracker", home)) {
            again.awaitReady(READY);
            assertTrue(again.log().contains("adopted"), again.log());
            assertEveryAcknowledgedRowIsThere(acknowledged, "kill-jvm");
        }
    }

    @Test
    void aSigkilledPostgresIsStartedAgainAndLosesNoCommittedRow() throws Exception {
        Map<String, String> acknowledged;
        int failedWhileDown;
        try (PackagedService feeding = PackagedService.start("feeding-tracker", home)) {
            feeding.awaitReady(READY);
            try (FeedingWriter writer = FeedingWriter.start(feeding, "kill-postgres")) {
                writer.awaitAcknowledged(200);
                long postmaster = LocalServerClient.postmasterPid(home);
                ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
                // the service's watchdog starts the server again; writes resume on their own
                writer.awaitAcknowledged(200);
                assertTrue(LocalServerClient.postmasterPid(home) != postmaster, "a new postmaster runs");
                writer.close();
                acknowledged = writer.acknowledged();
                failedWhileDown = writer.failures();
            }
            assertTrue(feeding.log().contains("starting it again"), feeding.log());
        }
        System.out.printf(
                "postgres SIGKILLed under a writer: %d rows acknowledged, %d requests failed while it was down%n",
                acknowledged.size(), failedWhileDown);
        try (PackagedService again = PackagedService.start("feeding-tracker", home)) {
            again.awaitReady(READY);
            assertEveryAcknowledgedRowIsThere(acknowledged, "kill-postgres");
        }
    }

    /**
     * Every acknowledged row is there with its content (same count and checksum over them); besides
     * them at most the one request in flight at the kill may have committed.
     */
    private void assertEveryAcknowledgedRowIsThere(Map<String, String> acknowledged, String prefix) throws Exception {
        Map<String, String> stored = new TreeMap<>();
        try (Connection connection = LocalServerClient.connect(home, "feeding-tracker");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT notes, food_type FROM feeding_records WHERE notes LIKE '" + prefix + "-%'")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, String> storedAcknowledged = new TreeMap<>(stored);
        storedAcknowledged.keySet().retainAll(acknowledged.keySet());
        assertEquals(acknowledged.size(), storedAcknowledged.size(), "acknowledged rows present");
        assertEquals(
                checksum(new TreeMap<>(acknowledged)), checksum(storedAcknowledged), "content of acknowledged rows");
        assertTrue(
                stored.size() - acknowledged.size() <= 1, "only the request in flight may be extra: " + stored.size());
        System.out.printf(
                "%s: %d acknowledged rows all present after the restart (checksum %s)%n",
                prefix, acknowledged.size(), checksum(storedAcknowledged));
    }

    private static String checksum(Map<String, String> rows) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        rows.forEach(
                (notes, foodType) -> digest.update((notes + "|" + foodType + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static List<String> names(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
