package io.fieldguide.feeding;

import static io.fieldguide.feeding.FeedingApi.admin;
import static io.fieldguide.feeding.FeedingApi.anyone;
import static io.fieldguide.feeding.FeedingApi.assertProblem;
import static io.fieldguide.feeding.FeedingApi.create;
import static io.fieldguide.feeding.FeedingApi.push;
import static io.fieldguide.feeding.FeedingTestData.newClientId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probe's findings on the feeding API, one test each: every one was a 500 or a wrong 4xx, now a
 * 400 problem+json naming the field, with nothing written.
 */
@QuarkusTest
@SendsInvalidRequests("every test sends hostile input that the service must refuse with a documented problem")
class HostileInputTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyTable() {
        FeedingTestData.reset(dataSource);
    }

    @Test
    void aNulCharacterInAStringIs400() {
        assertProblem(create(body("2025-01-01T12:00:00Z", "\"milk\\u0000\"", "\"ok\"")), 400, "food_type");
        assertProblem(create(body("2025-01-01T12:00:00Z", "\"milk\"", "\"a\\u0000b\"")), 400, "notes");
        assertProblem(
                push("{\"upserts\":[{\"client_id\":\"" + newClientId()
                        + "\",\"feeding_time\":\"2025-01-01T12:00:00Z\",\"notes\":\"\\u0000\"}]}"),
                400,
                "upserts[0].notes");
        assertNothingWritten();
    }

    @Test
    void timestampsPostgresCannotStoreAre400InBodiesAndQueries() {
        for (String time :
                new String[] {"+999999999-12-31T23:59:59Z", "-4713-01-01T00:00:00Z", "10000-01-01T00:00:00Z"}) {
            assertProblem(create(body(time, "\"milk\"", "null")), 400, "feeding_time");
            assertProblem(
                    push("{\"upserts\":[{\"client_id\":\"" + newClientId() + "\",\"feeding_time\":\"" + time + "\"}]}"),
                    400,
                    "upserts[0].feeding_time");
            assertProblem(
                    anyone().queryParam("since", time).get("/api/feedings/sync").then(), 400, "since");
        }
        assertProblem(
                admin().queryParam("older_than", "PT2562047788015215H")
                        .post("/api/feedings/sync/purge-tombstones")
                        .then(),
                400,
                "older_than");
        assertNothingWritten();
    }

    @Test
    void aPageBeyondTheIntRangeIs400InsteadOfAnOverflow() {
        assertProblem(
                anyone().queryParam("page", Integer.MAX_VALUE)
                        .get("/api/feedings")
                        .then(),
                400,
                "page");
        assertProblem(
                anyone().queryParam("page", 100_000_000)
                        .queryParam("size", 100)
                        .get("/api/feedings")
                        .then(),
                400,
                "page");
        anyone().queryParam("page", Integer.MAX_VALUE / 100)
                .queryParam("size", 100)
                .get("/api/feedings")
                .then()
                .statusCode(200)
                .body("page", equalTo(Integer.MAX_VALUE / 100));
    }

    @Test
    void aNullArrayElementIs400() {
        assertProblem(push("{\"upserts\":[null]}"), 400, "upserts[0]");
        assertProblem(push("{\"deletes\":[null]}"), 400, "deletes[0]");
    }

    @Test
    void aRepeatedKeyIs400NamingIt() {
        assertProblem(
                create("{\"feeding_time\":\"2025-01-01T12:00:00Z\",\"notes\":\"a\",\"notes\":\"b\"}"), 400, "notes");
        assertProblem(push("{\"upserts\":[],\"upserts\":[]}"), 400, "upserts");
        assertNothingWritten();
    }

    @Test
    void aQueryParameterThatDoesNotConvertIs400NamingIt() {
        assertProblem(anyone().queryParam("size", "abc").get("/api/feedings").then(), 400, "size");
        assertProblem(
                anyone().queryParam("limit", "abc").get("/api/feedings/sync").then(), 400, "limit");
        assertProblem(
                admin().queryParam("limit", "abc")
                        .get("/api/migrations/history")
                        .then(),
                400,
                "limit");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        anyone().contentType("text/plain")
                .body("feeding_time=2025")
                .post("/api/feedings")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        assertNothingWritten();
    }

    @Test
    void theDevTokenBodyIsDocumentedAsOptional() {
        anyone().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/dev/token'.post.requestBody.required", org.hamcrest.Matchers.not(equalTo(true)))
                .body("paths.'/api/dev/token'.post.requestBody.description", containsString("Optional"));
    }

    @Test
    void aCourseTrackerAdminTokenIsRefusedHere() {
        String courseAdmin = io.fieldguide.migration.testing.TestTokens.bearer(
                io.fieldguide.migration.testing.TestTokens.forAudience(
                        "course-tracker", "ada", io.fieldguide.migration.testing.TestTokens.ADMIN_ROLE));
        anyone().header("Authorization", courseAdmin)
                .get("/api/migrations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        anyone().header("Authorization", courseAdmin)
                .body("{\"steps\": 1}")
                .post("/api/migrations/rollback")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        anyone().header("Authorization", courseAdmin)
                .post("/api/feedings/sync/purge-tombstones")
                .then()
                .statusCode(401);
    }

    private void assertNothingWritten() {
        assertEquals(0, FeedingTestData.count(dataSource, "true"));
    }

    private static String body(String feedingTime, String foodType, String notes) {
        return "{\"feeding_time\":\"" + feedingTime + "\",\"food_type\":" + foodType + ",\"notes\":" + notes + "}";
    }
}
