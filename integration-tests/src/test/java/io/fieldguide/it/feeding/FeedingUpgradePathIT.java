package io.fieldguide.it.feeding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough on the packaged service as a user starts it: nothing configured but the
 * start target, so it runs on its embedded PostgreSQL at the guide's "before" schema (V1), and the
 * upgrade path is replayed over HTTP.
 */
class FeedingUpgradePathIT {

    @TempDir
    Path home;

    @Test
    void theServiceStartsAtV1AndTheMigrationEndpointsMoveItOn() throws Exception {
        Path services = Path.of(System.getProperty("services.dir", "..")).toAbsolutePath();
        try (PackagedService service = PackagedService.start(
                services, "feeding-tracker", home, List.of("fieldguide.migration.start-target=1"))) {
            service.awaitReadiness(503, Duration.ofSeconds(90));
            String base = service.uri("").toString();
            json(base)
                    .body(
                            """
                            {"feeding_time": "2025-01-01T12:00:00.000Z", "food_type": "formula", "notes": "120 ml"}""")
                    .post("/api/feedings")
                    .then()
                    .statusCode(201)
                    .body("client_id", nullValue());
            json(base)
                    .get("/api/feedings/migration-status")
                    .then()
                    .statusCode(200)
                    .body("migration_status", equalTo("not_started"))
                    .body("schema_version", equalTo("1"));

            String admin = "Bearer " + devAdminToken();
            json(base)
                    .header("Authorization", admin)
                    .post("/api/feedings/run-migration")
                    .then()
                    .statusCode(200)
                    .body("migration_status", equalTo("completed"))
                    .body("column_info.type", equalTo("uuid"));
            json(base)
                    .header("Authorization", admin)
                    .post("/api/feedings/backfill-client-ids")
                    .then()
                    .statusCode(200)
                    .body("updated_count", equalTo(1))
                    .body("migration_status", equalTo("complete"));
            json(base)
                    .get("/api/feedings/sync?since=2020-01-01T00:00:00.000Z")
                    .then()
                    .statusCode(200)
                    .body("changes.updated[0].notes", equalTo("120 ml"));
            json(base).get("/q/health/ready").then().statusCode(200);
        }
    }

    private static RequestSpecification json(String base) {
        return given().baseUri(base).contentType(ContentType.JSON).when();
    }

    /** Signed with the dev-only key the service trusts on its embedded database (see migration-core README). */
    private static String devAdminToken() throws Exception {
        return TestTokens.signedWith(
                KeyUtils.readPrivateKey("META-INF/fieldguide/dev-only-jwt-private.pem"),
                "feeding-tracker",
                "it-admin",
                TestTokens.ADMIN_ROLE);
    }
}
