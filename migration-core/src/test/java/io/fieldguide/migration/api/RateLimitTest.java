package io.fieldguide.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.ratelimit.RateLimiters;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerMinute.class)
class RateLimitTest {

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fieldguide.migration.rate-limit.requests", "5",
                    "fieldguide.migration.rate-limit.global-requests", "12",
                    "fieldguide.migration.rate-limit.window", "60S");
        }
    }

    @Test
    void eachCallerHasItsOwnLimitUnderOneGlobalCeiling() {
        String token = TestTokens.bearer(TestTokens.reader());
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", token)
                    .when()
                    .get("/api/migrations")
                    .then()
                    .statusCode(200);
        }

        Response refused = given().header("Authorization", token).when().get("/api/migrations");

        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        // Another caller is not locked out by the first one's burst: the limit is per caller.
        String admin = TestTokens.bearer(TestTokens.admin());
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", admin)
                    .when()
                    .get("/api/migrations")
                    .then()
                    .statusCode(200);
        }
        given().header("Authorization", admin)
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(429);

        // All callers together stop at the global ceiling (12 here): 10 taken above, 2 left.
        String third = TestTokens.bearer(TestTokens.forUser("third-caller", "user"));
        given().header("Authorization", third)
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(200);
        given().header("Authorization", third)
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(200);
        given().header("Authorization", third)
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
    }

    @Inject
    RateLimiters limiters;

    /** A login flood for one account (any address) locks out that account only. */
    @Test
    void aSecondKeySuchAsTheLoginAccountIsLimitedOnItsOwn() {
        for (int i = 0; i < 5; i++) {
            limiters.acquireForCaller(Login.class, "account nobody@example.com");
        }
        assertThrows(
                RateLimitException.class, () -> limiters.acquireForCaller(Login.class, "account nobody@example.com"));
        limiters.acquireForCaller(Login.class, "account ann@example.com");
    }

    /** Stands for a rate-limited login resource. */
    private static final class Login {}
}
