package io.fieldguide.feeding;

import static io.fieldguide.feeding.FeedingApi.admin;
import static io.fieldguide.feeding.FeedingApi.anyone;
import static io.fieldguide.feeding.FeedingApi.create;
import static io.fieldguide.feeding.FeedingApi.reader;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's test script over HTTP, in its order: status, migrate, backfill, verify, sync. Each
 * test puts the database back to the guide's "before" schema (V1, through the undo scripts) with
 * data written by the old release, and leaves it fully migrated.
 */
@QuarkusTest
class MigrationWalkthroughTest {

    @Inject
    DataSource dataSource;

    @Inject
    RollbackService undo;

    @Inject
    MigrateService migrate;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void backToTheGuidesBeforeSchema() {
        FeedingTestData.reset(dataSource);
        RunOutcome rolledBack = undo.rollback(RollbackRequest.downTo("1").acceptingDataLoss(), "test");
        assertTrue(rolledBack.success(), () -> "rollback failed: " + rolledBack.firstFailure());
    }

    @AfterEach
    void fullyMigratedAgain() {
        migrate.migrate(null, false, "test");
    }

    @Test
    void theGuidesTestScript() {
        FeedingTestData.insertLegacyRows(dataSource, 3);
        create(
                        """
                        {"feeding_time": "2025-01-01T12:00:00.000Z", "food_type": "formula", "notes": "old release"}""")
                .statusCode(201)
                .body("client_id", nullValue());
        anyone().when()
                .get("/api/feedings")
                .then()
                .statusCode(200)
                .body("feedings", hasSize(4))
                .body("feedings", everyItem(hasKey("client_id")));
        anyone().body("{\"feeding_time\": \"2025-01-01T12:00:00Z\"}")
                .when()
                .put("/api/feedings/1")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        anyone().when().get("/api/feedings/sync").then().statusCode(409);

        // 1. Check migration status: anyone may read it.
        anyone().when()
                .get("/api/feedings/migration-status")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("migration_status", equalTo("not_started"))
                .body("total_records", equalTo(4))
                .body("migrated_records", equalTo(0))
                .body("column_exists", equalTo(false));

        // 2. Run the migration: migration-admin only.
        anyone().when().post("/api/feedings/run-migration").then().statusCode(401);
        reader().when().post("/api/feedings/run-migration").then().statusCode(403);
        admin().when()
                .post("/api/feedings/run-migration")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("migration_status", equalTo("completed"))
                .body("column_info.name", equalTo("client_id"))
                .body("column_info.type", equalTo("uuid"))
                .body("column_info.nullable", equalTo(true))
                .body("column_info", hasKey("default"))
                .body("column_info.default", nullValue())
                .body("applied_migrations", hasItems("2_add_client_id", "2.1_index_client_id", "4_tombstones"));
        admin().when()
                .post("/api/feedings/run-migration")
                .then()
                .statusCode(200)
                .body("migration_status", equalTo("already_exists"));
        anyone().when()
                .get("/api/feedings/migration-status")
                .then()
                .body("migration_status", equalTo("in_progress"))
                .body("remaining_records", equalTo(4))
                .body("column_nullable", equalTo(true));

        // 3. Backfill.
        admin().when()
                .post("/api/feedings/backfill-client-ids")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("updated_count", equalTo(4))
                .body("remaining_records", equalTo(0))
                .body("migration_status", equalTo("complete"))
                .body("records", hasSize(4))
                .body("records.client_id", everyItem(notNullValue()))
                .body("backfill.batch_size", equalTo(100));

        // 4. Verify.
        anyone().when()
                .get("/api/feedings/migration-status")
                .then()
                .body("migration_status", equalTo("complete"))
                .body("progress_percentage", equalTo(100))
                .body("remaining_records", equalTo(0))
                .body("pending_migrations", hasSize(0));

        // 5. Sync, with the guide's ISO since.
        List<String> clientIds = anyone().queryParam("since", "2020-01-01T00:00:00.000Z")
                .when()
                .get("/api/feedings/sync")
                .then()
                .statusCode(200)
                .body("changes.deleted", hasSize(0))
                .extract()
                .jsonPath()
                .getList("changes.updated.client_id");
        assertEquals(4, new HashSet<>(clientIds).size());

        reader().when().get("/api/migrations/validate").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aCursorFromBeforeADowngradeBelowV3GetsAFullResyncAfterTheUpgrade() {
        migrate.migrate(null, false, "test");
        create(FeedingTestData.record(FeedingTestData.newClientId(), "2025-01-01T12:00:00Z", "synced"))
                .statusCode(201);
        String cursor = FeedingApi.pull(null, 100).statusCode(200).extract().path("cursor");
        long watermelonTimestamp = anyone().queryParam("schema_version", 2)
                .when()
                .get("/api/feedings/watermelon/sync")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("timestamp")
                .longValue();

        RunOutcome down = undo.rollback(RollbackRequest.downTo("2.3").acceptingDataLoss(), "test");
        assertTrue(down.success(), () -> "rollback failed: " + down.firstFailure());
        // Written while the schema has no change cursor: V3 will give it position 0, below the cursor.
        create("{\"feeding_time\": \"2025-01-02T12:00:00Z\", \"notes\": \"written while down\"}")
                .statusCode(201);
        migrate.migrate(null, false, "test");

        FeedingApi.pull(cursor, 100)
                .statusCode(410)
                .contentType("application/problem+json")
                .body("full_resync_required", equalTo(true));
        anyone().queryParam("schema_version", 2)
                .queryParam("last_pulled_at", watermelonTimestamp)
                .when()
                .get("/api/feedings/watermelon/sync")
                .then()
                .statusCode(410)
                .body("full_resync_required", equalTo(true));
        // The full re-sync gets it once the backfill has given it a client_id (no client can key it before).
        admin().when().post("/api/feedings/backfill-client-ids").then().statusCode(200);
        FeedingApi.pull(null, 100)
                .statusCode(200)
                .body("changes.created.notes", hasItems("synced", "written while down"));
    }

    @Test
    void anEmptyTableReportsNoDataOnceMigrated() {
        anyone().when().get("/api/feedings/migration-status").then().body("migration_status", equalTo("not_started"));
        admin().when().post("/api/feedings/run-migration").then().statusCode(200);
        anyone().when()
                .get("/api/feedings/migration-status")
                .then()
                .body("migration_status", equalTo("no_data"))
                .body("total_records", equalTo(0));
        admin().when()
                .post("/api/feedings/backfill-client-ids")
                .then()
                .statusCode(200)
                .body("updated_count", equalTo(0))
                .body("migration_status", equalTo("no_data"));
    }

    @Test
    void backfillBeforeTheMigrationIsRefused() {
        admin().when()
                .post("/api/feedings/backfill-client-ids")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void rowsTheOldReleaseInsertsAfterACompletedBackfillAreFilledByTheNextCall() {
        FeedingTestData.insertLegacyRows(dataSource, 2);
        admin().when().post("/api/feedings/run-migration").then().statusCode(200);
        admin().when().post("/api/feedings/backfill-client-ids").then().body("updated_count", equalTo(2));

        // An instance of the old release, still running during expand/contract, writes rows without client_id.
        FeedingTestData.insertLegacyRows(dataSource, 3);
        anyone().when().get("/api/feedings/migration-status").then().body("migration_status", equalTo("in_progress"));

        admin().when()
                .post("/api/feedings/backfill-client-ids")
                .then()
                .statusCode(200)
                .body("updated_count", equalTo(3))
                .body("migration_status", equalTo("complete"));
        assertEquals(0, FeedingTestData.count(dataSource, "client_id IS NULL"));
    }
}
