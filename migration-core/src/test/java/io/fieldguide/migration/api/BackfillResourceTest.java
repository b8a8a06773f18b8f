package io.fieldguide.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BackfillResourceTest {

    @Inject
    MigrateService migrate;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void widgets() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        DatabaseReset.execute(
                dataSource, "INSERT INTO widgets (name, price) SELECT 'w' || g, 1 FROM generate_series(1, 999) g");
    }

    @Test
    void aDeclaredBackfillRunsToTheEndAndReportsItsProgress() {
        given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .contentType(ContentType.JSON)
                .body("{\"batchSize\": 100, \"wait\": true}")
                .when()
                .post("/api/migrations/backfills/widget-prices-in-cents")
                .then()
                .statusCode(200)
                .body("status", equalTo("completed"))
                .body("totalKeys", equalTo(1000))
                .body("doneKeys", equalTo(1000))
                .body("rowsChanged", equalTo(1000))
                .body("percent", equalTo(100.0f))
                .body("remainingKeys", equalTo(0));
        assertEquals(1000, TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE price = 100"));

        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/migrations/backfills")
                .then()
                .statusCode(200)
                .body("declared", contains("widget-colors", "widget-prices-in-cents"))
                .body("jobs.name", hasItem("widget-prices-in-cents"));
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/migrations/history")
                .then()
                .body("runs[0].kind", equalTo("backfill"))
                .body("runs[0].success", equalTo(true));
    }

    @Test
    void aSecondRunOfACompletedBackfillChangesNothing() {
        String admin = TestTokens.bearer(TestTokens.admin());
        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body("{\"wait\": true}")
                .when()
                .post("/api/migrations/backfills/widget-prices-in-cents")
                .then()
                .statusCode(200);

        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body("{\"wait\": true}")
                .when()
                .post("/api/migrations/backfills/widget-prices-in-cents")
                .then()
                .statusCode(200)
                .body("rowsChanged", equalTo(1000));
        assertEquals(
                1000,
                TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE price = 100"),
                "not multiplied twice");
    }

    @Test
    @SendsInvalidRequests("a batchSize below 1 must be refused with a 400 naming it")
    void startingABackfillNeedsTheAdminRoleAndAValidBatchSize() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .post("/api/migrations/backfills/widget-prices-in-cents")
                .then()
                .statusCode(403);
        given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .contentType(ContentType.JSON)
                .body("{\"batchSize\": 0}")
                .when()
                .post("/api/migrations/backfills/widget-prices-in-cents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("batchSize"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE price = 100"));
    }
}
