package io.fieldguide.protein.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The single-user and bulk imports on the console, as GET /api/console/panels hands them to the page. */
@QuarkusTest
class ImportJobsPanelTest {

    @Test
    void theImportsAreOnTheConsole() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/console/panels")
                .then()
                .statusCode(200)
                .body("panels.id", hasItem("import-jobs"))
                .body("panels.find { it.id == 'import-jobs' }.error", equalTo(null))
                .body("panels.find { it.id == 'import-jobs' }.view.summary", matchesPattern("\\d+ imports.*"))
                .body("panels.find { it.id == 'import-jobs' }.view.columns", hasItem("Rejected"))
                .body("panels.find { it.id == 'bulk-imports' }.error", equalTo(null))
                .body("panels.find { it.id == 'bulk-imports' }.view.summary", matchesPattern("\\d+ bulk imports.*"))
                .body("panels.find { it.id == 'bulk-imports' }.view.columns", hasItem("Meals imported"));
    }
}
