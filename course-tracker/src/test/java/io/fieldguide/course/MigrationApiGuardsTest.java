package io.fieldguide.course;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The guide's status codes on the migration API, each with a problem+json body: 401 without a valid
 * token (missing, malformed, expired, wrongly signed), 403 for a non-admin, 400 for bad input, 429 on
 * a burst; and nothing changes on any refused write.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationApiGuardsTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    LiveSchema schema;
    List<String> appliedBefore;

    @BeforeAll
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        schema = new LiveSchema(dataSource);
        appliedBefore =
                schema.strings("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank");
    }

    @Test
    void withoutATokenIs401() {
        given().when()
                .get("/api/migrations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString("Bearer token"));
        given().when().post("/api/migrations/rollback").then().statusCode(401).contentType(PROBLEM);
        assertNothingChanged();
    }

    @Test
    void malformedExpiredOrWronglySignedTokensAre401() throws NoSuchAlgorithmException {
        String expired = Jwt.upn("ada-admin")
                .groups(Set.of(TestTokens.ADMIN_ROLE))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String wronglySigned = Jwt.upn("ada-admin")
                .groups(Set.of(TestTokens.ADMIN_ROLE))
                .sign(generator.generateKeyPair().getPrivate());

        for (String token : List.of("not-a-jwt", "a.b.c", expired, wronglySigned)) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{\"steps\": 1}")
                    .when()
                    .post("/api/migrations/rollback")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("The Bearer token is invalid, expired or wrongly signed"));
        }
        assertNothingChanged();
    }

    @Test
    void aNonAdminMayReadButNotMigrateIs403() {
        given().auth()
                .oauth2(TestTokens.reader())
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(200);
        for (String path : List.of("/api/migrations", "/api/migrations/rollback")) {
            given().auth()
                    .oauth2(TestTokens.reader())
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("title", equalTo("Forbidden"));
        }
        assertNothingChanged();
    }

    @Test
    void unknownMigrationNamesAre400NamingTheField() {
        rollback("{\"target\": \"1734567890099_no_such_migration\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("target"))
                .body("detail", containsString("Unknown migration '1734567890099_no_such_migration'"))
                .body("detail", containsString(MigrationApiTest.FULL_NAME));
        migrate("{\"target\": \"1734567890099\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("target"));
        migrate("{\"target\": \"" + MigrationApiTest.NOTES + "\"}")
                .statusCode(400)
                .body("detail", containsString("already applied; use rollback"));
        assertNothingChanged();
    }

    @Test
    @SendsInvalidRequests("malformed input must be a 400")
    void malformedInputIs400() {
        rollback("{\"target\": \"1; DROP TABLE users\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("target"));
        rollback("{\"steps\": 0}").statusCode(400).body("errors[0].field", equalTo("steps"));
        rollback("{\"steps\": 99}")
                .statusCode(400)
                .body("detail", containsString("only " + MigrationApiTest.ALL.size() + " migrations are applied"));
        rollback("{\"steps\": 1, \"target\": \"" + MigrationApiTest.NOTES + "\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("steps"));
        rollback("{\"steps\": \"two\"}").statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("steps"));
        rollback("{\"steps\": 1").statusCode(400).contentType(PROBLEM).body("detail", containsString("Malformed JSON"));
        migrate("[1, 2]").statusCode(400).contentType(PROBLEM);
        assertNothingChanged();
    }

    /** Last: the burst uses up the window, so it waits for Retry-After before handing over. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aBurstIs429WithRetryAfter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 150; i++) {
                calls.add(pool.submit(
                        () -> given().auth().oauth2(TestTokens.reader()).when().get("/api/migrations")));
            }
            Response limited = null;
            int ok = 0;
            for (Future<Response> call : calls) {
                Response response = call.get();
                if (response.statusCode() == 429 && limited == null) {
                    limited = response;
                } else if (response.statusCode() == 200) {
                    ok++;
                }
            }
            assertTrue(limited != null, "150 requests at once should pass the test limit of 50 per 2 s");
            assertTrue(ok >= 1);
            limited.then()
                    .contentType(PROBLEM)
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(429))
                    .body("type", equalTo("https://fieldguide.io/problems/rate-limited"));
            awaitAdmittedAgain(Long.parseLong(limited.header("Retry-After")));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Hands over to the next test only once the limiter admits requests again. */
    private static void awaitAdmittedAgain(long retryAfterSeconds) throws InterruptedException {
        Thread.sleep(1000L * retryAfterSeconds);
        long deadline = System.currentTimeMillis() + 15_000;
        while (given().auth().oauth2(TestTokens.reader()).get("/api/migrations").statusCode() == 429) {
            assertTrue(System.currentTimeMillis() < deadline, "still rate-limited 15 s after the burst");
            Thread.sleep(250);
        }
    }

    private void assertNothingChanged() {
        assertEquals(
                appliedBefore,
                schema.strings("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"));
        assertTrue(schema.columns("users").containsKey("full_name"));
    }

    private static ValidatableResponse migrate(String body) {
        return post("/api/migrations", body);
    }

    private static ValidatableResponse rollback(String body) {
        return post("/api/migrations/rollback", body);
    }

    private static ValidatableResponse post(String path, String body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }
}
