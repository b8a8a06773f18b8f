package io.fieldguide.feeding;

import static io.fieldguide.feeding.FeedingApi.anyone;
import static io.fieldguide.feeding.FeedingApi.assertProblem;
import static io.fieldguide.feeding.FeedingApi.create;
import static io.fieldguide.feeding.FeedingTestData.newClientId;
import static io.fieldguide.feeding.FeedingTestData.record;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide's feeding API on the migrated schema: client_id everywhere, idempotent creates, bad input. */
@QuarkusTest
class FeedingApiTest {

    private static final String NOON = "2025-01-01T12:00:00.000Z";

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
    void postingTheSameClientIdAgainCreatesNoDuplicate() {
        String clientId = newClientId();
        long id = create(record(clientId, NOON, "120 ml"))
                .statusCode(201)
                .header("Location", endsWith("/api/feedings/" + clientId))
                .body("client_id", equalTo(clientId))
                .body("version", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("id");

        create(record(clientId, NOON, "120 ml")).statusCode(200).body("id", equalTo((int) id));
        create(record(clientId, NOON, "150 ml"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("server_record.notes", equalTo("120 ml"));

        assertEquals(1, FeedingTestData.count(dataSource, "client_id = '" + clientId + "'"));
    }

    @Test
    void aRecordWithoutClientIdGetsOneFromTheServer() {
        create("""
                        {"feeding_time": "2025-01-01T12:00:00+02:00", "food_type": "formula"}""")
                .statusCode(201)
                .body("client_id", notNullValue())
                .body("feeding_time", equalTo("2025-01-01T10:00:00Z"));
    }

    @Test
    void theListIsPagedAndEveryRecordHasItsClientId() {
        for (int hour = 10; hour < 15; hour++) {
            create(record(newClientId(), "2025-01-01T" + hour + ":00:00Z", "feeding " + hour))
                    .statusCode(201);
        }

        anyone().queryParam("size", 2)
                .when()
                .get("/api/feedings")
                .then()
                .statusCode(200)
                .body("feedings", hasSize(2))
                .body("total", equalTo(5))
                .body("feedings[0].notes", equalTo("feeding 14"))
                .body("feedings.client_id", everyItem(notNullValue()));
        anyone().queryParam("size", 2)
                .queryParam("page", 2)
                .when()
                .get("/api/feedings")
                .then()
                .statusCode(200)
                .body("feedings", hasSize(1))
                .body("feedings[0].notes", equalTo("feeding 10"));
    }

    @Test
    void updatesByIdOrClientIdAndRefusesAStaleBaseVersion() {
        String clientId = newClientId();
        long id = create(record(clientId, NOON, "120 ml"))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        anyone().body("""
                        {"feeding_time": "%s", "food_type": "formula", "notes": "130 ml"}"""
                        .formatted(NOON))
                .when()
                .put("/api/feedings/" + id)
                .then()
                .statusCode(200)
                .body("client_id", equalTo(clientId))
                .body("version", equalTo(2));
        anyone().body("""
                        {"feeding_time": "%s", "notes": "140 ml", "base_version": 2}"""
                        .formatted(NOON))
                .when()
                .put("/api/feedings/" + clientId)
                .then()
                .statusCode(200)
                .body("notes", equalTo("140 ml"))
                .body("version", equalTo(3));
        anyone().body("""
                        {"feeding_time": "%s", "notes": "stale edit", "base_version": 2}"""
                        .formatted(NOON))
                .when()
                .put("/api/feedings/" + clientId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("server_record.version", equalTo(3))
                .body("server_record.notes", equalTo("140 ml"));
    }

    @Test
    void deletesByClientIdAndAnswers404ForUnknownRecords() {
        String clientId = newClientId();
        create(record(clientId, NOON, "120 ml")).statusCode(201);

        anyone().when().delete("/api/feedings/" + clientId).then().statusCode(204);
        anyone().when().delete("/api/feedings/" + clientId).then().statusCode(204);
        anyone().when().get("/api/feedings").then().statusCode(200).body("total", equalTo(0));
        anyone().body("""
                        {"feeding_time": "%s"}""".formatted(NOON))
                .when()
                .put("/api/feedings/" + clientId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        create(record(clientId, NOON, "120 ml")).statusCode(409);

        String unknown = newClientId();
        anyone().when()
                .delete("/api/feedings/" + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        anyone().body("""
                        {"feeding_time": "%s"}""".formatted(NOON))
                .when()
                .put("/api/feedings/" + unknown)
                .then()
                .statusCode(404);
    }

    @Test
    @SendsInvalidRequests("bad input must be a 400 naming the field")
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        assertProblem(anyone().when().delete("/api/feedings/not-a-uuid").then(), 400, "client_id");
        assertProblem(
                anyone().body("{\"feeding_time\": \"" + NOON + "\"}")
                        .when()
                        .put("/api/feedings/550e8400-e29b-41d4")
                        .then(),
                400,
                "client_id");
        assertProblem(create("{\"food_type\": \"formula\"}"), 400, "feeding_time");
        assertProblem(create("{\"feeding_time\": \"yesterday\"}"), 400, "feeding_time");
        assertProblem(create("{\"feeding_time\": \"" + NOON + "\", \"client_id\": \"123\"}"), 400, "client_id");
        assertProblem(create("{\"feeding_time\": \"" + NOON + "\", \"notes\": {\"ml\": 120}}"), 400, "notes");
        assertProblem(
                create("{\"feeding_time\": \"" + NOON + "\", \"food_type\": \"" + "x".repeat(256) + "\"}"),
                400,
                "food_type");
        String clientId = newClientId();
        create(record(clientId, NOON, "120 ml")).statusCode(201);
        assertProblem(
                anyone().body("{\"feeding_time\": \"" + NOON + "\", \"base_version\": \"abc\"}")
                        .when()
                        .put("/api/feedings/" + clientId)
                        .then(),
                400,
                "base_version");
        assertProblem(anyone().queryParam("size", 0).when().get("/api/feedings").then(), 400, "size");

        assertEquals(1, FeedingTestData.count(dataSource, "true"));
    }
}
