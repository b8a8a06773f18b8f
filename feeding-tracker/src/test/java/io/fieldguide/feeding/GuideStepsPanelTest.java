package io.fieldguide.feeding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The guide's steps on the console, as GET /api/console/panels hands them to the page. */
@QuarkusTest
class GuideStepsPanelTest {

    @Test
    void theThreeStepsAreOnTheConsole() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/console/panels")
                .then()
                .statusCode(200)
                .body("panels.find { it.id == 'guide-steps' }.error", equalTo(null))
                .body("panels.find { it.id == 'guide-steps' }.view.summary", startsWith("migration_status: "))
                .body(
                        "panels.find { it.id == 'guide-steps' }.view.rows.collect { it.cells[0] }",
                        contains("1. Add the client_id column", "2. Backfill client_id", "3. Verify"));
    }
}
