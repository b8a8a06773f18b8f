package io.fieldguide.it.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.it.PackagedService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails on a real database: someone added {@code client_id} by hand (as text) on a
 * feeding-tracker still at V1, so V2's {@code ADD COLUMN client_id uuid} fails. The packaged
 * service answers a problem, and the database is exactly as it was (same columns, same rows, still
 * at V1); status, readiness and history say what happened.
 */
class FailingMigrationIT {

    private static final TableCheck EVERY_ROW = TableCheck.of(
            "feeding_records",
            "id",
            List.of("id", "feeding_time", "food_type", "notes", "created_at", "updated_at", "client_id"),
            "true");

    @TempDir
    Path home;

    @Test
    void aFailedMigrationLeavesTheDatabaseAsItWasAndIsReported() throws Exception {
        try (PackagedService service =
                PackagedService.start("feeding-tracker", home, "fieldguide.migration.start-target=1")) {
            service.awaitReadiness(503, Duration.ofSeconds(90));
            DemoDatabase database = DemoDatabase.of(home, "feeding-tracker");
            new FeedingDemo().load(database, 500);
            database.execute("ALTER TABLE feeding_records ADD COLUMN client_id text");
            database.execute("UPDATE feeding_records SET client_id = 'hand-made-' || id WHERE id % 3 = 0");
            List<Fingerprint> before = database.fingerprints(List.of(EVERY_ROW), true);
            String columns = "SELECT count(*) FROM information_schema.columns WHERE table_name = 'feeding_records'";
            long columnsBefore = database.count(columns);
            String base = service.uri("").toString();
            String admin = service.adminAuthorization();

            given().baseUri(base)
                    .header("Authorization", admin)
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/migrations")
                    .then()
                    .statusCode(500)
                    .contentType("application/problem+json")
                    .body("detail", containsString("client_id"));

            assertEquals(before, database.fingerprints(List.of(EVERY_ROW), true), "every row as it was");
            assertEquals(columnsBefore, database.count(columns), "no column added or dropped");
            given().baseUri(base)
                    .header("Authorization", admin)
                    .get("/api/migrations")
                    .then()
                    .statusCode(200)
                    .body("status.currentVersion", equalTo("1"))
                    .body("status.isUpToDate", equalTo(false))
                    .body("status.pendingMigrations", hasItem("2_add_client_id"));
            given().baseUri(base).get("/q/health/ready").then().statusCode(503);
            given().baseUri(base)
                    .header("Authorization", admin)
                    .get("/api/migrations/history")
                    .then()
                    .statusCode(200)
                    .body("runs.findAll { !it.success }.name", hasItem("2_add_client_id"))
                    .body("runs.findAll { !it.success }.errorMessage", hasItem(containsString("client_id")));
        }
    }
}
