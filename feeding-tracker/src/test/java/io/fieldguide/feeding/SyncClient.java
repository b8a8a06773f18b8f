package io.fieldguide.feeding;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An offline-first client as WatermelonDB runs one: it keeps its own copy keyed by client_id and
 * applies every pulled page (created and updated records replace its copy, deleted ones go).
 */
final class SyncClient {

    private final Map<String, Map<String, Object>> records = new TreeMap<>();
    private final int pageSize;
    private String cursor;
    private int pages;

    SyncClient(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Pulls until the server has nothing more; returns the client_ids deleted in these pulls. */
    List<String> pullAll() {
        List<String> deleted = new java.util.ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = FeedingApi.pull(cursor, pageSize)
                    .statusCode(200)
                    .body("cursor", org.hamcrest.Matchers.notNullValue())
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> changed = page.getList("changes.created");
            changed.addAll(page.getList("changes.updated"));
            for (Map<String, Object> record : changed) {
                records.put((String) record.get("client_id"), comparable(record));
            }
            for (String clientId : page.<String>getList("changes.deleted")) {
                records.remove(clientId);
                deleted.add(clientId);
            }
            cursor = page.getString("cursor");
            more = page.getBoolean("has_more");
            pages++;
        }
        return deleted;
    }

    Map<String, Map<String, Object>> records() {
        return records;
    }

    String cursor() {
        return cursor;
    }

    int pages() {
        return pages;
    }

    /** The server's live records, in the same shape, read through the feeding list. */
    static Map<String, Map<String, Object>> serverState() {
        Map<String, Map<String, Object>> server = new TreeMap<>();
        List<Map<String, Object>> feedings = FeedingApi.anyone()
                .queryParam("size", 500)
                .when()
                .get("/api/feedings")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .extract()
                .jsonPath()
                .getList("feedings");
        for (Map<String, Object> record : feedings) {
            server.put((String) record.get("client_id"), comparable(record));
        }
        return server;
    }

    private static Map<String, Object> comparable(Map<String, Object> record) {
        Map<String, Object> copy = new TreeMap<>(record);
        copy.remove("deleted_at");
        return copy;
    }
}
