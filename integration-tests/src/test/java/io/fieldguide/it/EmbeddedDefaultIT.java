package io.fieldguide.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packaged service with no datasource configured starts its own PostgreSQL and becomes ready:
 * what a developer sees after {@code java -jar}. The start-up time is printed, not asserted (see
 * docs/benchmarks.md for the recorded figures); the limit is only there to end a hung start.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path home;

    @Test
    void aPackagedServiceWithNoDatabaseConfiguredIsReadyOnAnEmbeddedPostgres() throws Exception {
        try (PackagedService service = PackagedService.start("feeding-tracker", home)) {
            Duration cold = service.awaitReady(Duration.ofSeconds(60));
            System.out.printf(
                    "feeding-tracker ready on the local PostgreSQL in %d ms (fresh data directory)%n", cold.toMillis());

            assertTrue(service.log().contains("Local PostgreSQL started"), service.log());
            given().baseUri(service.uri("").toString())
                    .when()
                    .get("/api/migrations")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            String token = given().baseUri(service.uri("").toString())
                    .when()
                    .post("/api/dev/token")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("token");
            given().baseUri(service.uri("").toString())
                    .header("Authorization", "Bearer " + token)
                    .when()
                    .get("/api/migrations")
                    .then()
                    .statusCode(200)
                    .body("status.isUpToDate", equalTo(true));
            given().baseUri(service.uri("").toString())
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
        }
        try (PackagedService again = PackagedService.start("feeding-tracker", home)) {
            Duration warm = again.awaitReady(Duration.ofSeconds(60));
            System.out.printf("feeding-tracker ready again in %d ms (data directory kept)%n", warm.toMillis());
        }
    }
}
