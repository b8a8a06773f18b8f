package io.fieldguide.feeding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.fieldguide.migration.testing.ServiceSmokeTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service boots on a real PostgreSQL, speaks the core's migration API and documents the feeding API. */
@QuarkusTest
class FeedingTrackerServiceTest extends ServiceSmokeTest {

    @Test
    void everyFeedingEndpointIsInTheOpenApiDocumentWithAnExample() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/feedings",
                                "/api/feedings/{key}",
                                "/api/feedings/migration-status",
                                "/api/feedings/run-migration",
                                "/api/feedings/backfill-client-ids",
                                "/api/feedings/sync",
                                "/api/feedings/sync/purge-tombstones"))
                .body(
                        "paths.'/api/feedings/migration-status'.get.responses.'200'.content.'application/json'.examples",
                        notNullValue())
                .body(
                        "paths.'/api/feedings/sync'.post.requestBody.content.'application/json'.examples",
                        notNullValue());
    }
}
