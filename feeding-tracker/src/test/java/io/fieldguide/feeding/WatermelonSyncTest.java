package io.fieldguide.feeding;

import static io.fieldguide.feeding.FeedingApi.anyone;
import static io.fieldguide.feeding.FeedingApi.assertProblem;
import static io.fieldguide.feeding.FeedingApi.create;
import static io.fieldguide.feeding.FeedingTestData.newClientId;
import static io.fieldguide.feeding.FeedingTestData.record;
import static io.fieldguide.feeding.FeedingTestData.snapshot;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WatermelonDB's documented pull and push rules, one test each, on a real PostgreSQL. The real
 * client runs against the packaged service in integration-tests' {@code WatermelonClientIT}.
 */
@QuarkusTest
class WatermelonSyncTest {

    private static final String NOON = "2025-01-01T12:00:00Z";
    private static final long NOON_MS = Instant.parse(NOON).toEpochMilli();
    private static final String PATH = "/api/feedings/watermelon/sync";

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
    void theFirstPullReturnsEveryLiveRecordAndNoDeletions() {
        String kept = newClientId();
        String deleted = newClientId();
        create(record(kept, NOON, "kept")).statusCode(201);
        create(record(deleted, NOON, "gone")).statusCode(201);
        anyone().delete("/api/feedings/" + deleted).then().statusCode(204);

        for (String first : new String[] {null, "null", "0"}) {
            pull(first, 2)
                    .statusCode(200)
                    .body("changes.feeding_records.updated.id", contains(kept))
                    .body("changes.feeding_records.updated[0].feeding_time", equalTo(NOON_MS))
                    .body("changes.feeding_records.updated[0].notes", equalTo("kept"))
                    .body("changes.feeding_records.updated[0]", hasKey("updated_at"))
                    .body("changes.feeding_records.created", empty())
                    .body("changes.feeding_records.deleted", empty());
        }
    }

    @Test
    void aClientOnSchemaVersionOneGetsOnlyTheColumnsItKnows() {
        create(record(newClientId(), NOON, "v1")).statusCode(201);

        pull(null, 1)
                .statusCode(200)
                .body("changes.feeding_records.updated[0].notes", equalTo("v1"))
                .body("changes.feeding_records.updated[0]", not(hasKey("created_at")))
                .body("changes.feeding_records.updated[0]", not(hasKey("updated_at")));
    }

    @Test
    void aLaterPullReturnsWhatChangedSinceAsUpdatedAndDeleted() {
        String edited = newClientId();
        String deleted = newClientId();
        create(record(edited, NOON, "first")).statusCode(201);
        create(record(deleted, NOON, "to delete")).statusCode(201);
        long timestamp = timestamp(pull(null, 2));

        String added = newClientId();
        create(record(added, NOON, "new")).statusCode(201);
        anyone().body(update(NOON, "second"))
                .put("/api/feedings/" + edited)
                .then()
                .statusCode(200);
        anyone().delete("/api/feedings/" + deleted).then().statusCode(204);

        ValidatableResponse next = pull(Long.toString(timestamp), 2)
                .statusCode(200)
                .body("changes.feeding_records.created", empty())
                .body("changes.feeding_records.updated.id", contains(added, edited))
                .body("changes.feeding_records.updated[1].notes", equalTo("second"))
                .body("changes.feeding_records.deleted", contains(deleted));
        long later = timestamp(next);
        assertTrue(later > timestamp, "the timestamp moves on");
        long again = timestamp(pull(Long.toString(later), 2)
                .statusCode(200)
                .body("changes.feeding_records.created", empty())
                .body("changes.feeding_records.updated", empty())
                .body("changes.feeding_records.deleted", empty()));
        assertTrue(again >= later, "a timestamp never moves back");
    }

    @Test
    void aRowWhoseTransactionBeganBeforeAPullAndCommitsAfterItIsInTheNextPull() throws Exception {
        long start = timestamp(pull(null, 2));
        String late = newClientId();
        long during;
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement insert = writer.prepareStatement(
                    "INSERT INTO feeding_records (client_id, feeding_time, notes) VALUES (?::uuid, ?, 'late')")) {
                insert.setString(1, late);
                insert.setTimestamp(2, Timestamp.from(Instant.parse(NOON)));
                insert.executeUpdate();
            }
            during = timestamp(
                    pull(Long.toString(start), 2).statusCode(200).body("changes.feeding_records.updated", empty()));
            writer.commit();
        }
        pull(Long.toString(during), 2).statusCode(200).body("changes.feeding_records.updated.id", contains(late));
    }

    @Test
    void aMigrationPullReturnsEveryRecordAgainWithTheNewColumns() {
        String a = newClientId();
        String b = newClientId();
        create(record(a, NOON, "a")).statusCode(201);
        create(record(b, NOON, "b")).statusCode(201);
        long timestamp = timestamp(pull(null, 1));

        anyone().queryParam("last_pulled_at", timestamp)
                .queryParam("schema_version", 2)
                .queryParam(
                        "migration",
                        "{\"from\": 1, \"tables\": [], \"columns\": [{\"table\": \"feeding_records\","
                                + " \"columns\": [\"created_at\", \"updated_at\"]}]}")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("changes.feeding_records.updated.id", containsInAnyOrder(a, b))
                .body("changes.feeding_records.updated[0]", hasKey("created_at"));
        // The same pull without the migration has nothing new.
        pull(Long.toString(timestamp), 2).statusCode(200).body("changes.feeding_records.updated", empty());
    }

    @Test
    void aPushAppliesWatermelonsRulesInOneTransaction() {
        String existing = newClientId();
        String toDelete = newClientId();
        create(record(existing, NOON, "server")).statusCode(201);
        create(record(toDelete, NOON, "server")).statusCode(201);
        long timestamp = timestamp(pull(null, 2));
        String brandNew = newClientId();
        String updatedButMissing = newClientId();

        push(
                        timestamp,
                        changes(
                                List.of(raw(brandNew, "new"), raw(existing, "created again, so an update")),
                                List.of(raw(updatedButMissing, "updated, missing, so created")),
                                List.of(toDelete, newClientId())))
                .statusCode(200)
                .body("created", equalTo(2))
                .body("updated", equalTo(1))
                .body("deleted", equalTo(1))
                .body("unchanged", equalTo(1));

        assertEquals("created again, so an update", notes(existing), "a created record whose id exists is an update");
        assertEquals("updated, missing, so created", notes(updatedButMissing));
        assertEquals("new", notes(brandNew));
        assertEquals(1, FeedingTestData.count(dataSource, "client_id = '" + toDelete + "' AND deleted_at IS NOT NULL"));
    }

    @Test
    void aRecordChangedOnTheServerAfterTheLastPullRefusesTheWholePush() {
        String contested = newClientId();
        create(record(contested, NOON, "original")).statusCode(201);
        long timestamp = timestamp(pull(null, 2));
        anyone().body(update(NOON, "edited on the server"))
                .put("/api/feedings/" + contested)
                .then()
                .statusCode(200);
        List<Map<String, Object>> before = snapshot(dataSource);

        push(timestamp, changes(List.of(raw(newClientId(), "innocent")), List.of(raw(contested, "offline")), List.of()))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://fieldguide.io/problems/sync-conflict"))
                .body("conflicts.id", contains(contested))
                .body("conflicts[0].table", equalTo("feeding_records"));
        assertEquals(before, snapshot(dataSource), "nothing of the push was written");

        push(timestamp, changes(List.of(), List.of(), List.of(contested)))
                .statusCode(409)
                .body("conflicts.id", contains(contested));

        long pulled = timestamp(pull(Long.toString(timestamp), 2)
                .body("changes.feeding_records.updated[0].notes", equalTo("edited on the server")));
        push(pulled, changes(List.of(), List.of(raw(contested, "merged")), List.of()))
                .statusCode(200)
                .body("updated", equalTo(1));
        assertEquals("merged", notes(contested));
    }

    @Test
    void aRetriedPushChangesNothing() {
        long timestamp = timestamp(pull(null, 2));
        String created = newClientId();
        String body = changes(List.of(raw(created, "once")), List.of(), List.of());
        push(timestamp, body).statusCode(200).body("created", equalTo(1));
        List<Map<String, Object>> after = snapshot(dataSource);

        push(timestamp, body).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(1));
        long pulled = timestamp(pull(Long.toString(timestamp), 2));
        push(pulled, changes(List.of(), List.of(), List.of(created))).statusCode(200);
        List<Map<String, Object>> deleted = snapshot(dataSource);
        push(pulled, changes(List.of(), List.of(), List.of(created)))
                .statusCode(200)
                .body("unchanged", equalTo(1));

        assertEquals(1, after.size());
        assertEquals(deleted, snapshot(dataSource), "the retried delete wrote nothing");
    }

    @Test
    void aDeletionTheClientHasPulledWinsOverItsLateEdit() {
        String record = newClientId();
        create(record(record, NOON, "shared")).statusCode(201);
        long before = timestamp(pull(null, 2));
        anyone().delete("/api/feedings/" + record).then().statusCode(204);

        // Deleted after the client's pull: it must pull the deletion first.
        push(before, changes(List.of(), List.of(raw(record, "edited offline")), List.of()))
                .statusCode(409);
        // Pulled since: the edit comes too late and is dropped; the record stays deleted.
        long after =
                timestamp(pull(Long.toString(before), 2).body("changes.feeding_records.deleted", contains(record)));
        push(after, changes(List.of(), List.of(raw(record, "edited offline")), List.of()))
                .statusCode(200)
                .body("unchanged", equalTo(1));
        assertEquals(1, FeedingTestData.count(dataSource, "client_id = '" + record + "' AND deleted_at IS NOT NULL"));
    }

    @Test
    void aTimestampOlderThanThePurgeOrNeverIssuedGetsAFullResyncAnswer() {
        String record = newClientId();
        create(record(record, NOON, "doomed")).statusCode(201);
        long before = timestamp(pull(null, 2));
        anyone().delete("/api/feedings/" + record).then().statusCode(204);
        FeedingApi.admin()
                .queryParam("older_than", "PT0S")
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(200);

        for (ValidatableResponse answer : List.of(
                pull(Long.toString(before), 2),
                push(before, changes(List.of(), List.of(raw(record, "revived?")), List.of())),
                pull(Long.toString(Long.MAX_VALUE / 2), 2))) {
            answer.statusCode(410).contentType("application/problem+json").body("full_resync_required", equalTo(true));
        }
        assertEquals(0, FeedingTestData.count(dataSource, "client_id = '" + record + "'"));
        pull(null, 2).statusCode(200).body("changes.feeding_records.updated", empty());
    }

    @Test
    void concurrentPushesOfOneRecordLetOneWinAndRefuseTheOthersWithoutServerErrors() throws Exception {
        String contested = newClientId();
        create(record(contested, NOON, "original")).statusCode(201);
        long timestamp = timestamp(pull(null, 2));
        String fresh = newClientId();

        List<Integer> edits =
                race(8, i -> push(timestamp, changes(List.of(), List.of(raw(contested, "device " + i)), List.of()))
                        .extract()
                        .statusCode());
        assertEquals(1, edits.stream().filter(status -> status == 200).count(), edits.toString());
        assertEquals(7, edits.stream().filter(status -> status == 409).count(), edits.toString());

        List<Integer> sameNewRecord =
                race(8, i -> push(timestamp, changes(List.of(raw(fresh, "same everywhere")), List.of(), List.of()))
                        .extract()
                        .statusCode());
        assertTrue(sameNewRecord.stream().allMatch(status -> status == 200), sameNewRecord.toString());
        assertEquals(1, FeedingTestData.count(dataSource, "client_id = '" + fresh + "'"));
    }

    @Test
    @SendsInvalidRequests("bad WatermelonDB sync input must be a 400 naming the parameter or record, nothing written")
    void badInputIsA400NamingWhatIsWrongAndWritesNothing() {
        create(record(newClientId(), NOON, "there")).statusCode(201);
        long timestamp = timestamp(pull(null, 2));
        List<Map<String, Object>> before = snapshot(dataSource);

        assertProblem(anyone().queryParam("last_pulled_at", "null").get(PATH).then(), 400, "schema_version");
        assertProblem(pull(null, 3), 400, "schema_version");
        assertProblem(pull("yesterday", 2), 400, "last_pulled_at");
        assertProblem(pull("-5", 2), 400, "last_pulled_at");
        assertProblem(migrationPull(timestamp, "{not json"), 400, "migration");
        assertProblem(migrationPull(timestamp, "{\"from\": 2, \"tables\": [], \"columns\": []}"), 400, "migration");
        assertProblem(migrationPull(timestamp, "{\"from\": 1}"), 400, "migration");

        assertProblem(push(timestamp, changes(List.of(raw("abc123", "not a uuid")), List.of(), List.of())), 400, "id");
        assertProblem(
                push(timestamp, changes(List.of(raw(newClientId().toUpperCase(), "shouting")), List.of(), List.of())),
                400,
                "feeding_records.created[0].id");
        String twice = newClientId();
        assertProblem(
                push(timestamp, changes(List.of(raw(twice, "a")), List.of(raw(twice, "b")), List.of())),
                400,
                "feeding_records.updated[0].id");
        assertProblem(
                push(
                        timestamp,
                        "{\"feeding_records\": {\"created\": [{\"id\": \"" + newClientId()
                                + "\", \"notes\": \"no time\"}], \"updated\": [], \"deleted\": []}}"),
                400,
                "feeding_time");
        assertProblem(
                push(
                        timestamp,
                        "{\"feeding_records\": {\"created\": [{\"id\": \"" + newClientId()
                                + "\", \"feeding_time\": 999999999999999}], \"updated\": [], \"deleted\": []}}"),
                400,
                "feeding_time");
        assertProblem(
                push(timestamp, "{\"feeding_records\": {\"created\": [], \"updated\": [], \"deleted\": [null]}}"),
                400,
                "deleted");
        assertProblem(
                anyone().body(changes(List.of(raw(newClientId(), "x")), List.of(), List.of()))
                        .post(PATH)
                        .then(),
                400,
                "last_pulled_at");

        assertEquals(before, snapshot(dataSource));
    }

    private static ValidatableResponse pull(String lastPulledAt, int schemaVersion) {
        RequestSpecification request = anyone().queryParam("schema_version", schemaVersion);
        if (lastPulledAt != null) {
            request = request.queryParam("last_pulled_at", lastPulledAt);
        }
        return request.queryParam("migration", "null").get(PATH).then();
    }

    private static ValidatableResponse migrationPull(long lastPulledAt, String migration) {
        return anyone().queryParam("last_pulled_at", lastPulledAt)
                .queryParam("schema_version", 2)
                .queryParam("migration", migration)
                .get(PATH)
                .then();
    }

    private static ValidatableResponse push(long lastPulledAt, String changes) {
        return anyone().queryParam("last_pulled_at", lastPulledAt)
                .body(changes)
                .post(PATH)
                .then();
    }

    private static long timestamp(ValidatableResponse pull) {
        return pull.statusCode(200)
                .body("timestamp", not(nullValue()))
                .extract()
                .<Number>path("timestamp")
                .longValue();
    }

    private static String update(String feedingTime, String notes) {
        return "{\"feeding_time\": \"" + feedingTime + "\", \"food_type\": \"formula\", \"notes\": \"" + notes + "\"}";
    }

    /** A raw record as WatermelonDB pushes it, bookkeeping included. */
    private static String raw(String id, String notes) {
        return "{\"id\": \"" + id + "\", \"feeding_time\": " + NOON_MS + ", \"food_type\": \"formula\", \"notes\": \""
                + notes + "\", \"created_at\": 1, \"updated_at\": 2, \"_status\": \"created\", \"_changed\": \"\"}";
    }

    private static String changes(List<String> created, List<String> updated, List<String> deleted) {
        return "{\"feeding_records\": {\"created\": [" + String.join(",", created) + "], \"updated\": ["
                + String.join(",", updated) + "], \"deleted\": ["
                + String.join(",", deleted.stream().map(id -> "\"" + id + "\"").toList()) + "]}}";
    }

    private String notes(String clientId) {
        return TestSql.text(dataSource, "SELECT notes FROM feeding_records WHERE client_id = '" + clientId + "'");
    }

    /** {@code threads} calls released at once. */
    private static <T> List<T> race(int threads, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int device = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(device);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
