package io.fieldguide.it.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.it.PackagedService;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * feeding-tracker SIGKILLed in the middle of its client_id backfill, then started again: the new
 * process (nothing configured, as a user restarts it) is ready at its first attempt, resumes from the checkpoints, and every row ends with its
 * own client_id, changed exactly once (the V3 trigger counts updates in {@code version}: 1 on
 * insert, 2 after one update).
 */
class BackfillKillIT {

    private static final int ROWS = 60_000;

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
            String admin = admin(first);
            given().baseUri(first.uri("").toString())
                    .header("Authorization", admin)
                    .post("/api/feedings/run-migration")
                    .then()
                    .statusCode(200);
            given().baseUri(first.uri("").toString())
                    .header("Authorization", admin)
                    .contentType("application/json")
                    .body("{\"batchSize\": 100}")
                    .post("/api/migrations/backfills/feeding-client-ids")
                    .then()
                    .statusCode(202);
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
            given().baseUri(second.uri("").toString())
                    .header("Authorization", admin(second))
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/migrations/backfills/feeding-client-ids")
                    .then()
                    .statusCode(202);
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

    private static long changed(DemoDatabase database) throws Exception {
        return database.count("SELECT count(*) FROM feeding_records WHERE client_id IS NOT NULL");
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
