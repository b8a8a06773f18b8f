package io.fieldguide.it.feeding.watermelon;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.TestDatabase;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The real WatermelonDB client (0.28.0, LokiJS adapter, under Node) against the packaged feeding
 * tracker: two devices, one on the current app schema (2) and one on the previous release (1),
 * change records offline and sync with the README's {@code sync()}. Every step is asserted on what
 * the devices and the database hold.
 */
class WatermelonClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOON = Instant.parse("2025-01-01T12:00:00Z").toEpochMilli();
    private static final List<String> V1_COLUMNS = List.of("id", "feeding_time", "food_type", "notes");

    @Test
    void twoDevicesAndTheServerEndWithTheSameRecords() throws Exception {
        Path project = NodeProject.prepare();
        try (TestDatabase database = TestDatabase.start();
                PackagedService service =
                        PackagedService.startOnDatabase(PackagedService.servicesDir(), "feeding-tracker", database)) {
            service.awaitReady(Duration.ofSeconds(90));
            String server = service.uri("").toString().replaceAll("/$", "");
            String existing = UUID.randomUUID().toString();
            given().baseUri(server)
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"client_id\": \"" + existing
                                    + "\", \"feeding_time\": \"2025-01-01T08:00:00Z\", \"food_type\": \"formula\", \"notes\": \"from the web\"}")
                    .post("/api/feedings")
                    .then()
                    .statusCode(201);

            try (Devices devices = new Devices(project, server)) {
                devices.open("A", 2);
                devices.open("B", 1);
                devices.sync("A");
                devices.sync("B");
                assertEquals(List.of(existing), ids(devices.records("A")), "the first sync brings what the server has");
                assertEquals(List.of(existing), ids(devices.records("B")));

                // Offline on both devices while a server transaction that began before their syncs is still open.
                String late = UUID.randomUUID().toString();
                String a1;
                String a2;
                String b1;
                try (Connection writer = database.connect()) {
                    writer.setAutoCommit(false);
                    insert(writer, late, "written by a long transaction");
                    a1 = devices.create("A", NOON, "formula", "a1");
                    a2 = devices.create("A", NOON, "formula", "a2");
                    devices.update("A", existing, Map.of("notes", "edited on A"));
                    b1 = devices.create("B", NOON, "breast milk", "b1");
                    devices.sync("A");
                    devices.sync("B");
                    assertFalse(ids(devices.records("A")).contains(late), "not committed yet");
                    writer.commit();
                }
                devices.sync("A");
                devices.sync("B");
                devices.sync("A");
                for (String device : List.of("A", "B")) {
                    assertEquals(
                            sorted(List.of(existing, late, a1, a2, b1)),
                            ids(devices.records(device)),
                            device + " has every record, the late commit included");
                }

                // A deletion on B reaches A.
                devices.delete("B", a1);
                devices.sync("B");
                devices.sync("A");
                assertFalse(ids(devices.records("A")).contains(a1));

                // The same record edited on both devices, A's sync landing between B's pull and push: B's
                // push is refused (409), its next synchronize() pulls A's version, keeps the column B
                // changed, and pushes again.
                devices.update("A", a2, Map.of("food_type", "A's food", "notes", "A's notes"));
                devices.update("B", a2, Map.of("notes", "B's notes"));
                assertEquals(2, devices.syncRaced("B", "A").path("attempts").asInt(), "B's first push was a conflict");
                devices.sync("A");
                devices.sync("B");

                Map<String, Map<String, Object>> onServer = serverRecords(database);
                Map<String, Object> merged = onServer.get(a2);
                assertEquals("A's food", merged.get("food_type"), "the column only A changed keeps A's value");
                assertEquals("B's notes", merged.get("notes"), "the column B changed last keeps B's value");
                assertEquals("edited on A", onServer.get(existing).get("notes"));
                assertFalse(onServer.containsKey(a1), "deleted");

                List<Map<String, Object>> before = changePositions(database);
                for (String device : List.of("A", "B")) {
                    JsonNode idle = devices.sync(device);
                    assertEquals(0, idle.path("remote_change_count").asInt(), device + " pulled nothing new");
                    assertEquals(0, idle.path("local_change_count").asInt(), device + " pushed nothing");
                }
                assertEquals(before, changePositions(database), "a sync with nothing new writes nothing");

                JsonNode a = devices.records("A");
                JsonNode b = devices.records("B");
                assertFalse(a.path("unsynced").asBoolean());
                assertFalse(b.path("unsynced").asBoolean());
                assertEquals(
                        List.copyOf(onServer.values()), records(a), "A (schema 2) holds exactly the server's records");
                assertEquals(
                        onServer.values().stream().map(WatermelonClientIT::v1).toList(),
                        records(b),
                        "B (schema 1) holds exactly the server's records, in the columns it knows");
                assertTrue(onServer.size() == 4, onServer.keySet().toString());
            }
        }
    }

    private static void insert(Connection writer, String clientId, String notes) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement(
                "INSERT INTO feeding_records (client_id, feeding_time, food_type, notes) VALUES (?::uuid, ?, 'formula', ?)")) {
            insert.setString(1, clientId);
            insert.setTimestamp(2, Timestamp.from(Instant.ofEpochMilli(NOON)));
            insert.setString(3, notes);
            insert.executeUpdate();
        }
    }

    /** The live records as WatermelonDB holds them on schema 2, by id. */
    private static Map<String, Map<String, Object>> serverRecords(TestDatabase database) throws SQLException {
        String sql =
                """
                SELECT client_id::text AS id, feeding_time, food_type, notes, created_at, updated_at
                FROM feeding_records WHERE deleted_at IS NULL ORDER BY client_id::text""";
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", row.getString("id"));
                record.put(
                        "feeding_time",
                        row.getTimestamp("feeding_time").toInstant().toEpochMilli());
                record.put("food_type", row.getString("food_type"));
                record.put("notes", row.getString("notes"));
                record.put(
                        "created_at", row.getTimestamp("created_at").toInstant().toEpochMilli());
                record.put(
                        "updated_at", row.getTimestamp("updated_at").toInstant().toEpochMilli());
                records.put(record.get("id").toString(), record);
            }
        }
        return records;
    }

    private static List<Map<String, Object>> changePositions(TestDatabase database) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, version, change_xid::text AS change_xid FROM feeding_records ORDER BY id");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(Map.of("id", row.getLong(1), "version", row.getLong(2), "change_xid", row.getString(3)));
            }
        }
        return rows;
    }

    private static Map<String, Object> v1(Map<String, Object> record) {
        Map<String, Object> known = new LinkedHashMap<>();
        V1_COLUMNS.forEach(column -> known.put(column, record.get(column)));
        return known;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(JsonNode answer) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (JsonNode record : answer.path("records")) {
            Map<String, Object> columns = JSON.convertValue(record, LinkedHashMap.class);
            columns.replaceAll((column, value) -> value instanceof Number n ? (Object) n.longValue() : value);
            records.add(columns);
        }
        return records;
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("records").forEach(record -> ids.add(record.path("id").asText()));
        return ids;
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
