package io.fieldguide.it.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.it.PackagedService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packaged services SIGKILLed in the middle of a backfill, then started again: the new process
 * (nothing configured, as a user restarts it) is ready at its first attempt, resumes from the
 * checkpoints, and every row is changed exactly once. feeding-tracker's client_id backfill (the V3
 * trigger counts updates in {@code version}: 1 on insert, 2 after one update) and
 * learning-platform's rescale (each item's difficulty compared with its value before the job).
 */
class BackfillKillIT {

    private static final int ROWS = 60_000;
    private static final int ITEMS = 100_000;

    @TempDir
    Path home;

    @Test
    void aKilledBackfillResumesAndChangesEveryRowExactlyOnce() throws Exception {
        DemoDatabase database;
        try (PackagedService first =
                PackagedService.start("feeding-tracker", home, "fieldguide.migration.start-target=1")) {
            first.awaitReadiness(503, Duration.ofSeconds(90));
            database = DemoDatabase.of(home, "feeding-tracker");
            new FeedingDemo().load(database, ROWS);
            given().baseUri(first.uri("").toString())
                    .header("Authorization", admin(first))
                    .post("/api/feedings/run-migration")
                    .then()
                    .statusCode(200);
            startBackfill(first, "feeding-client-ids", "{\"batchSize\": 100}");
            long deadline = System.currentTimeMillis() + 60_000;
            while (changed(database) < ROWS / 5 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            first.kill();
        }
        long changedAtKill = changed(database);
        assertTrue(changedAtKill > 0 && changedAtKill < ROWS, "killed midway: " + changedAtKill + " of " + ROWS);

        try (PackagedService second = PackagedService.start("feeding-tracker", home)) {
            second.awaitReady(Duration.ofSeconds(90));
            startBackfill(second, "feeding-client-ids", "{}");
            long deadline = System.currentTimeMillis() + 60_000;
            while (changed(database) < ROWS && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            // Checked while the service runs: the local server stops with its last client.
            assertEquals(ROWS, changed(database), "every row has a client_id");
            assertEquals(ROWS, database.count("SELECT count(DISTINCT client_id) FROM feeding_records"), "each its own");
            assertEquals(
                    0,
                    database.count("SELECT count(*) FROM feeding_records WHERE version <> 2"),
                    "changed exactly once");
        }
    }

    @Test
    void aKilledRescaleResumesAndMultipliesEveryItemOnce() throws Exception {
        DemoDatabase database;
        Map<Long, Double> before;
        Instant started;
        try (PackagedService first = PackagedService.start("learning-platform", home)) {
            first.awaitReady(Duration.ofSeconds(90));
            database = DemoDatabase.of(home, "learning-platform");
            database.execute("INSERT INTO items (kind, topic, prompt, answer, difficulty)"
                    + " SELECT 'true_false', 'rescale', 'item ' || n, 'true', -3 + 6.0 * n / " + ITEMS
                    + " FROM generate_series(1, " + ITEMS + ") n");
            before = difficulties(database);
            started = Instant.now();
            startBackfill(first, "item-difficulty-rescale", "{\"batchSize\": 100}");
            long deadline = System.currentTimeMillis() + 60_000;
            while (rescaled(database, started) < ITEMS / 10 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            first.kill();
        }
        long rescaledAtKill = rescaled(database, started);
        long belowTwo =
                before.values().stream().filter(difficulty -> difficulty < 2.0).count();
        assertTrue(
                rescaledAtKill > 0 && rescaledAtKill < belowTwo,
                "killed midway: " + rescaledAtKill + " of " + belowTwo);

        try (PackagedService second = PackagedService.start("learning-platform", home)) {
            second.awaitReady(Duration.ofSeconds(90));
            startBackfill(second, "item-difficulty-rescale", "{}");
            long deadline = System.currentTimeMillis() + 60_000;
            while (rescaled(database, started) < belowTwo && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            Map<Long, Double> after = difficulties(database);
            assertEquals(before.keySet(), after.keySet(), "no item lost or added");
            List<Long> wrong = before.entrySet().stream()
                    .filter(item -> Math.abs(after.get(item.getKey()) - expected(item.getValue())) > 1e-12)
                    .map(Map.Entry::getKey)
                    .limit(10)
                    .toList();
            assertEquals(List.of(), wrong, "items below 2.0 multiplied by 1.1 exactly once, the others untouched");
        }
    }

    private static double expected(double before) {
        return before < 2.0 ? before * 1.1 : before;
    }

    private static Map<Long, Double> difficulties(DemoDatabase database) throws Exception {
        Map<Long, Double> difficulties = new HashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, difficulty FROM items")) {
            while (rows.next()) {
                difficulties.put(rows.getLong(1), rows.getDouble(2));
            }
        }
        return difficulties;
    }

    /** Items updated since the job started: the V0003 trigger sets {@code updated_at} on every update. */
    private static long rescaled(DemoDatabase database, Instant started) throws Exception {
        return database.count("SELECT count(*) FROM items WHERE updated_at >= '" + started + "'");
    }

    private static long changed(DemoDatabase database) throws Exception {
        return database.count("SELECT count(*) FROM feeding_records WHERE client_id IS NOT NULL");
    }

    private static void startBackfill(PackagedService service, String name, String body) {
        given().baseUri(service.uri("").toString())
                .header("Authorization", admin(service))
                .contentType("application/json")
                .body(body)
                .post("/api/migrations/backfills/" + name)
                .then()
                .statusCode(202);
    }

    private static String admin(PackagedService service) {
        return "Bearer "
                + given().baseUri(service.uri("").toString())
                        .post("/api/dev/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("token");
    }
}
