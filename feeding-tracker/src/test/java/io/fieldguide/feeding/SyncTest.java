package io.fieldguide.feeding;

import static io.fieldguide.feeding.FeedingApi.admin;
import static io.fieldguide.feeding.FeedingApi.anyone;
import static io.fieldguide.feeding.FeedingApi.assertProblem;
import static io.fieldguide.feeding.FeedingApi.create;
import static io.fieldguide.feeding.FeedingApi.pull;
import static io.fieldguide.feeding.FeedingApi.push;
import static io.fieldguide.feeding.FeedingTestData.newClientId;
import static io.fieldguide.feeding.FeedingTestData.record;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.feeding.sync.TombstonePurge;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillService;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pull and push as an offline-first client relies on them, against a real PostgreSQL. */
@QuarkusTest
class SyncTest {

    private static final String NOON = "2025-01-01T12:00:00Z";

    @Inject
    BackfillService backfills;

    @Inject
    TombstonePurge purgeJob;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void emptyTable() {
        FeedingTestData.reset(dataSource);
    }

    @Test
    void pagesWhoseTimestampsTieNeitherSkipNorRepeatARecord() {
        // One statement: 25 rows with the same transaction, the same updated_at and the same feeding_time.
        execute("INSERT INTO feeding_records (client_id, feeding_time, notes)"
                + " SELECT gen_random_uuid(), '2025-01-01T12:00:00Z', 'twin ' || i FROM generate_series(1, 25) i");

        SyncClient client = new SyncClient(4);
        client.pullAll();

        assertEquals(25, client.records().size());
        assertEquals(7, client.pages());
        assertEquals(SyncClient.serverState(), client.records());
    }

    @Test
    void aWriteWhoseTransactionBeganBeforeAPullAndCommitsAfterItIsInTheNextPull() throws Exception {
        create(record(newClientId(), NOON, "before")).statusCode(201);
        String cursor = pull(null, 100).statusCode(200).extract().path("cursor");
        String late = newClientId();
        Instant afterSecondPull;
        String cursorAfterSecondPull;
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement insert = writer.prepareStatement(
                    "INSERT INTO feeding_records (client_id, feeding_time, notes) VALUES (?::uuid, now(), 'late')")) {
                insert.setString(1, late);
                insert.executeUpdate();
            }
            create(record(newClientId(), NOON, "committed meanwhile")).statusCode(201);

            // The second pull runs while the writer's transaction is open: the horizon (the oldest running
            // transaction) holds back the late write and everything committed after it began.
            JsonPath second = pull(cursor, 100).statusCode(200).extract().jsonPath();
            assertFalse(second.getList("changes.created.client_id").contains(late));
            assertFalse(second.getList("changes.created.notes").contains("committed meanwhile"));
            cursorAfterSecondPull = second.getString("cursor");
            afterSecondPull = Instant.now();
            writer.commit();
        }

        pull(cursorAfterSecondPull, 100)
                .statusCode(200)
                .body("changes.created.client_id", hasItem(late))
                .body("changes.created.notes", contains("late", "committed meanwhile"));
        // The guide's rule, updated_at > the time of the last pull, misses it: now() is the transaction's start.
        assertEquals(
                0,
                countSince(late, afterSecondPull),
                "updated_at > since would have found the late write; this test would then prove nothing");
    }

    @Test
    void aDeletionReachesASecondClient() {
        String clientId = newClientId();
        create(record(clientId, NOON, "to delete")).statusCode(201);
        create(record(newClientId(), NOON, "to keep")).statusCode(201);
        SyncClient phone = new SyncClient(10);
        SyncClient tablet = new SyncClient(10);
        phone.pullAll();
        tablet.pullAll();
        assertTrue(tablet.records().containsKey(clientId));

        push("""
                        {"deletes": [{"client_id": "%s", "base_version": 1}]}""".formatted(clientId))
                .statusCode(200)
                .body("applied[0].operation", equalTo("deleted"));

        List<String> deleted = tablet.pullAll();
        assertEquals(List.of(clientId), deleted);
        assertFalse(tablet.records().containsKey(clientId));
        assertEquals(SyncClient.serverState(), tablet.records());
    }

    @Test
    void pushingTheSameBatchTwiceChangesNothingTheSecondTime() {
        String kept = newClientId();
        String removed = newClientId();
        push("{\"upserts\": [" + upsert(kept, null, "120 ml") + ", " + upsert(removed, null, "90 ml") + "]}")
                .statusCode(200)
                .body("applied", hasSize(2));
        String batch = "{\"upserts\": [" + upsert(kept, 1L, "130 ml") + ", " + upsert(newClientId(), null, "new")
                + "], \"deletes\": [{\"client_id\": \"" + removed + "\", \"base_version\": 1}]}";

        push(batch).statusCode(200).body("applied", hasSize(3)).body("conflicts", empty());
        List<Map<String, Object>> afterFirst = FeedingTestData.snapshot(dataSource);
        push(batch)
                .statusCode(200)
                .body("applied", empty())
                .body("unchanged", hasSize(3))
                .body("conflicts", empty());

        assertEquals(afterFirst, FeedingTestData.snapshot(dataSource));
    }

    @Test
    void twoDevicesPushingTheSameNewRecordAtOnceCreateItOnce() throws Exception {
        java.util.concurrent.ExecutorService devices = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                String batch = "{\"upserts\": [" + upsert(newClientId(), null, "same") + ", "
                        + upsert(newClientId(), null, "same too") + "]}";
                List<java.util.concurrent.Future<Integer>> pushes = new ArrayList<>();
                for (int device = 0; device < 4; device++) {
                    pushes.add(devices.submit(() -> push(batch).extract().statusCode()));
                }
                for (java.util.concurrent.Future<Integer> status : pushes) {
                    assertEquals(200, status.get());
                }
            }
        } finally {
            devices.shutdownNow();
        }
        assertEquals(10, FeedingTestData.count(dataSource, "true"));
    }

    @Test
    void aStaleChangeIsReportedWithTheServerCopyAndADeletedRecordStaysDeleted() {
        String clientId = newClientId();
        push("{\"upserts\": [" + upsert(clientId, null, "120 ml") + "]}").statusCode(200);
        push("{\"upserts\": [" + upsert(clientId, 1L, "from the phone") + "]}")
                .statusCode(200)
                .body("applied[0].version", equalTo(2));

        push("{\"upserts\": [" + upsert(clientId, 1L, "from the tablet") + "]}")
                .statusCode(200)
                .body("applied", empty())
                .body("conflicts[0].reason", equalTo("stale_version"))
                .body("conflicts[0].server_record.notes", equalTo("from the phone"))
                .body("conflicts[0].server_record.version", equalTo(2));

        anyone().when().delete("/api/feedings/" + clientId).then().statusCode(204);
        push("{\"upserts\": [" + upsert(clientId, 3L, "late edit") + "]}")
                .statusCode(200)
                .body("conflicts[0].reason", equalTo("deleted"))
                .body("conflicts[0].server_record.deleted_at", org.hamcrest.Matchers.notNullValue());
        assertEquals(1, FeedingTestData.count(dataSource, "notes = 'from the phone' AND deleted_at IS NOT NULL"));
    }

    @Test
    void aClientReplayingEveryPullFromTheStartRebuildsTheServerState() {
        SyncClient follower = new SyncClient(3);
        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 4; i++) {
                String clientId = newClientId();
                ids.add(clientId);
                create(record(clientId, "2025-01-0" + (round + 1) + "T0" + i + ":00:00Z", "r" + round + " #" + i))
                        .statusCode(201);
            }
            anyone().body("{\"feeding_time\": \"" + NOON + "\", \"notes\": \"edited in round " + round + "\"}")
                    .when()
                    .put("/api/feedings/" + ids.get(round * 3))
                    .then()
                    .statusCode(200);
            anyone().when()
                    .delete("/api/feedings/" + ids.get(round * 2 + 1))
                    .then()
                    .statusCode(204);
            push("{\"upserts\": [" + upsert(newClientId(), null, "pushed in round " + round) + "]}")
                    .statusCode(200);
            if (round % 2 == 0) {
                follower.pullAll();
            }
        }
        follower.pullAll();

        SyncClient newcomer = new SyncClient(5);
        newcomer.pullAll();
        Map<String, Map<String, Object>> server = SyncClient.serverState();
        assertEquals(server, follower.records());
        assertEquals(server, newcomer.records());
    }

    @Test
    void theGuidesIsoSinceKeepsWorking() {
        create(record(newClientId(), NOON, "one")).statusCode(201);
        create(record(newClientId(), NOON, "two")).statusCode(201);

        anyone().queryParam("since", "2020-01-01T00:00:00.000Z")
                .when()
                .get("/api/feedings/sync")
                .then()
                .statusCode(200)
                .body("changes.created.notes", contains("one", "two"))
                .body("has_more", equalTo(false));
    }

    @Test
    void aCursorOlderThanTheTombstonePurgeGetsAFullResyncAnswer() {
        String clientId = newClientId();
        create(record(clientId, NOON, "deleted long ago")).statusCode(201);
        String cursor = pull(null, 100).statusCode(200).extract().path("cursor");
        anyone().when().delete("/api/feedings/" + clientId).then().statusCode(204);

        anyone().queryParam("older_than", "PT0S")
                .when()
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(401);
        admin().queryParam("older_than", "PT0S")
                .when()
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(200)
                .body("purged", equalTo(1));

        pull(cursor, 100)
                .statusCode(410)
                .contentType("application/problem+json")
                .body("full_resync_required", equalTo(true));
        pull(null, 100).statusCode(200).body("changes.created", empty());
    }

    @Test
    void aPurgeLargerThanOneBatchRunsAsACheckpointedBatchJob() {
        io.fieldguide.migration.testing.DatabaseReset.execute(
                dataSource,
                "INSERT INTO feeding_records (client_id, feeding_time, food_type, notes, deleted_at)"
                        + " SELECT gen_random_uuid(), now(), 'formula', 'gone ' || i,"
                        + " CASE WHEN i % 5 = 0 THEN NULL ELSE now() - interval '1 day' END"
                        + " FROM generate_series(1, 2500) i");
        String highestPurged = TestSql.text(
                dataSource,
                "SELECT change_xid::text || '.' || max(id) FROM feeding_records WHERE deleted_at IS NOT NULL"
                        + " GROUP BY change_xid");
        admin().queryParam("older_than", "PT1H")
                .when()
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(200)
                .body("purged", equalTo(2000))
                .body("backfill.name", equalTo("feeding-tombstone-purge"))
                .body("backfill.status", equalTo("completed"))
                .body("backfill.done_keys", equalTo(2500))
                .body("backfill.rounds", equalTo(1));
        assertEquals(0, FeedingTestData.count(dataSource, "deleted_at IS NOT NULL"));
        assertEquals(500, FeedingTestData.count(dataSource, "true"), "live records stay");
        assertEquals(
                highestPurged,
                TestSql.text(
                        dataSource,
                        "SELECT purged_through_xid::text || '.' || purged_through_id FROM feeding_sync_purge"),
                "the horizon is the highest position purged");
        // The core lists the job and its progress beside every other backfill.
        admin().get("/api/migrations/backfills")
                .then()
                .statusCode(200)
                .body("declared", hasItem("feeding-tombstone-purge"))
                .body("jobs.find { it.name == 'feeding-tombstone-purge' }.status", equalTo("completed"));

        // A second purge walks again only for new tombstones.
        anyone().delete("/api/feedings/"
                        + TestSql.text(dataSource, "SELECT client_id::text FROM feeding_records ORDER BY id LIMIT 1"))
                .then()
                .statusCode(204);
        admin().queryParam("older_than", "PT0S")
                .when()
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(200)
                .body("purged", equalTo(1));
    }

    @Test
    void aPurgeStoppedHalfwayResumesWhereItLeftOff() throws Exception {
        io.fieldguide.migration.testing.DatabaseReset.execute(
                dataSource,
                "INSERT INTO feeding_records (client_id, feeding_time, food_type, notes, deleted_at)"
                        + " SELECT gen_random_uuid(), now(), 'formula', 'gone ' || i, now() - interval '1 day'"
                        + " FROM generate_series(1, 2500) i");
        // Stopped midway, in small batches: some ranges done and their tombstones gone, the rest not.
        purgeJob.purgeBefore(Instant.now().minusSeconds(3600));
        backfills.start(TombstonePurge.NAME, backfills.defaults().withBatchSize(5), "test");
        awaitProgress(progress -> progress.doneKeys() >= 50);
        backfills.cancel(TombstonePurge.NAME);
        BackfillProgress stopped = awaitProgress(progress -> !progress.status().equals("running"));
        long left = FeedingTestData.count(dataSource, "deleted_at IS NOT NULL");
        assertTrue(left > 0 && left < 2500, "stopped midway: " + stopped);

        admin().queryParam("older_than", "PT1H")
                .when()
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(200)
                .body("purged", equalTo((int) left))
                .body("backfill.status", equalTo("completed"));
        assertEquals(0, FeedingTestData.count(dataSource, "deleted_at IS NOT NULL"));
    }

    @Test
    void anEditOfARecordWhoseTombstoneWasPurgedIsAConflictNotARevival() {
        String purged = newClientId();
        push("{\"upserts\": [{\"client_id\": \"" + purged + "\", \"base_version\": 3, \"feeding_time\": \"" + NOON
                        + "\", \"notes\": \"edited offline\"}]}")
                .statusCode(200)
                .body("conflicts[0].client_id", equalTo(purged))
                .body("conflicts[0].reason", equalTo("deleted"))
                .body("conflicts[0].server_record", org.hamcrest.Matchers.nullValue())
                .body("applied", empty());
        assertEquals(0, FeedingTestData.count(dataSource, "client_id = '" + purged + "'"));
    }

    @Test
    @SendsInvalidRequests("bad sync input must be a 400 naming the field")
    void badSyncInputIsA400NamingTheField() {
        assertProblem(
                anyone().queryParam("since", "yesterday")
                        .when()
                        .get("/api/feedings/sync")
                        .then(),
                400,
                "since");
        assertProblem(
                anyone().queryParam("cursor", "bm90LWEtY3Vyc29y")
                        .when()
                        .get("/api/feedings/sync")
                        .then(),
                400,
                "cursor");
        assertProblem(
                anyone().queryParam("limit", 0).when().get("/api/feedings/sync").then(), 400, "limit");
        assertProblem(
                push("{\"upserts\": [{\"client_id\": \"not-a-uuid\", \"feeding_time\": \"" + NOON + "\"}]}"),
                400,
                "client_id");
        assertProblem(push("{\"upserts\": [{\"client_id\": \"" + newClientId() + "\"}]}"), 400, "feeding_time");
        assertProblem(
                push("{\"upserts\": [{\"client_id\": \"" + newClientId() + "\", \"feeding_time\": \"" + NOON
                        + "\", \"base_version\": \"one\"}]}"),
                400,
                "base_version");
        String oversized = IntStream.range(0, 501)
                .mapToObj(i -> upsert(newClientId(), null, "n" + i))
                .collect(Collectors.joining(",", "{\"upserts\": [", "]}"));
        assertProblem(push(oversized), 400, "upserts");
        String twice = newClientId();
        assertProblem(
                push("{\"upserts\": [" + upsert(twice, null, "a") + "], \"deletes\": [{\"client_id\": \"" + twice
                        + "\"}]}"),
                400,
                "deletes[0].client_id");

        assertEquals(0, FeedingTestData.count(dataSource, "true"));
    }

    private static String upsert(String clientId, Long baseVersion, String notes) {
        return """
                {"client_id": "%s", "base_version": %s, "feeding_time": "%s", "food_type": "formula", "notes": "%s"}"""
                .formatted(clientId, baseVersion, NOON, notes);
    }

    private long countSince(String clientId, Instant since) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM feeding_records WHERE client_id = ?::uuid AND updated_at > ?")) {
            select.setString(1, clientId);
            select.setTimestamp(2, Timestamp.from(since));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private BackfillProgress awaitProgress(Predicate<BackfillProgress> reached) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                BackfillProgress progress = backfills.progress(TombstonePurge.NAME);
                if (reached.test(progress)) {
                    return progress;
                }
            } catch (ResourceNotFoundException notStartedYet) {
                // keep polling
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the purge job did not get there: " + backfills.all());
    }

    private void execute(String sql) {
        io.fieldguide.migration.testing.DatabaseReset.execute(dataSource, sql);
    }
}
