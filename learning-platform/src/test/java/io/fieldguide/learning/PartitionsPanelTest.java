package io.fieldguide.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The partitions on the console, as GET /api/console/panels hands them to the page. */
@QuarkusTest
class PartitionsPanelTest {

    @Test
    void thePartitionsAreOnTheConsole() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/console/panels")
                .then()
                .statusCode(200)
                .body("panels.find { it.id == 'partitions' }.error", equalTo(null))
                .body(
                        "panels.find { it.id == 'partitions' }.view.rows.collect { it.cells[0] }",
                        hasItem("attempts_default"));
    }
}
