package io.fieldguide.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerMinute.class)
class RateLimitTest {

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fieldguide.migration.rate-limit.requests", "5", "fieldguide.migration.rate-limit.window", "60S");
        }
    }

    @Test
    void aBurstOverTheLimitGets429WithRetryAfter() {
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
    }
}
