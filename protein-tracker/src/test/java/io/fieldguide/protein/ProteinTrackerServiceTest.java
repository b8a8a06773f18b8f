package io.fieldguide.protein;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service boots on a real PostgreSQL and speaks the core's migration API. */
@QuarkusTest
class ProteinTrackerServiceTest {

    @Test
    void migrationStatusIsServed() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(200)
                .body("status.isUpToDate", equalTo(true));
    }

    @Test
    void readyOnceMigrated() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
