package io.fieldguide.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MigrationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void emptyDatabase() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
    }

    private static RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }

    private static RequestSpecification asReader() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.reader()));
    }

    @Test
    void statusNeedsAToken() {
        given().when()
                .get("/api/migrations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", containsString("Bearer token"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() {
        String forged = TestTokens.admin();
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + tampered)
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void statusHasTheCourseTrackerShape() {
        asReader()
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(200)
                .body("message", equalTo("Migration status retrieved successfully"))
                .body("status.appliedMigrations", hasSize(0))
                .body("status.pendingMigrations", hasItem("1_create_widgets"))
                .body("status.lastMigration", equalTo(null))
                .body("status.isUpToDate", equalTo(false))
                .body("status.migrations[0].undoable", equalTo(true));
    }

    @Test
    void migrateNeedsTheAdminRole() {
        asReader()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("title", equalTo("Forbidden"));
        assertEquals(false, TestSql.exists(dataSource, "widgets"));
    }

    @Test
    void migrateToATargetReturnsEachStep() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"target\": \"2\"}")
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("message", equalTo("Migrations applied successfully"))
                .body("results.name", contains("1_create_widgets", "2_add_widget_color"))
                .body("results.direction", contains("up", "up"))
                .body("results[0].timestamp", notNullValue())
                .body("results[0].success", equalTo(true));

        asReader()
                .when()
                .get("/api/migrations/history")
                .then()
                .statusCode(200)
                .body("runs.triggeredBy", hasItem("ada-admin"));
    }

    @Test
    void migrateWithoutABodyAppliesEverything() {
        asAdmin().when().post("/api/migrations").then().statusCode(200).body("results", hasSize(6));
        asReader().when().get("/api/migrations").then().body("status.isUpToDate", equalTo(true));
    }

    @Test
    void anUnknownTargetIsA400NamingIt() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"target\": \"99\"}")
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("target"))
                .body("detail", containsString("'99'"));
        assertEquals(false, TestSql.exists(dataSource, "widgets"));
    }

    @Test
    @SendsInvalidRequests("malformed JSON must be refused with a 400 problem")
    void malformedJsonIsA400() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"target\": ")
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    @SendsInvalidRequests("a wrong type must be refused with a 400 naming the field")
    void aWrongTypeIsA400NamingTheField() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"steps\": \"two\"}")
                .when()
                .post("/api/migrations/rollback")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("steps"));
    }

    @Test
    @SendsInvalidRequests("negative steps must be refused with a 400 naming the field")
    void negativeStepsAreA400NamingTheField() {
        asAdmin().when().post("/api/migrations").then().statusCode(200);

        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"steps\": -1}")
                .when()
                .post("/api/migrations/rollback")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("steps"));
        asReader().when().get("/api/migrations").then().body("status.isUpToDate", equalTo(true));
    }

    @Test
    void rollbackDownToANamedMigration() {
        asAdmin().when().post("/api/migrations").then().statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"steps\": 1}")
                .when()
                .post("/api/migrations/rollback")
                .then()
                .statusCode(200)
                .body("results.name", contains("6_unique_widget_names"))
                .body("results.direction", contains("down"))
                .body("message", equalTo("Migrations rolled back successfully"));
    }

    @Test
    void aRollbackWithoutUndoIsA409NamingTheMigration() {
        asAdmin().when().post("/api/migrations").then().statusCode(200);

        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"target\": \"4\"}")
                .when()
                .post("/api/migrations/rollback")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("subject", equalTo("5_widget_audit"))
                .body("detail", containsString("Nothing was rolled back"));
        assertEquals(true, TestSql.exists(dataSource, "widget_aliases"));
    }

    @Test
    void aDryRunReturnsTheUndoSql() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"target\": \"3\"}")
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(200);

        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"steps\": 1, \"dryRun\": true}")
                .when()
                .post("/api/migrations/rollback")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("sql[0]", containsString("DROP INDEX CONCURRENTLY"));
        assertEquals(true, TestSql.exists(dataSource, "widgets_name_idx"));
    }

    @Test
    void aFailingMigrationIsA500WithTheResults() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"target\": \"5\"}")
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(200);
        DatabaseReset.execute(dataSource, "INSERT INTO widgets (name) VALUES ('twin'), ('twin')");

        asAdmin()
                .when()
                .post("/api/migrations")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("success", equalTo(false))
                .body("results[0].name", equalTo("6_unique_widget_names"))
                .body("results[0].success", equalTo(false))
                .body("detail", containsString("widgets_name_key"))
                .body("detail", not(containsString("at io.")));
    }

    @Test
    void validateAndBackfillsAreReadable() {
        asAdmin().when().post("/api/migrations").then().statusCode(200);

        asReader().when().get("/api/migrations/validate").then().statusCode(200).body("valid", equalTo(true));
        asReader()
                .when()
                .get("/api/migrations/backfills")
                .then()
                .statusCode(200)
                .body("declared", hasSize(2));
        asAdmin()
                .when()
                .post("/api/migrations/backfills/nope")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void devTokensExistOnlyOnALocalDemo() {
        given().when().post("/api/dev/token").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @SendsInvalidRequests("a limit out of range must be refused with a 400")
    void historyLimitOutOfRangeIsA400() {
        asReader()
                .when()
                .get("/api/migrations/history?limit=0")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/migrations'.get.summary", notNullValue())
                .body("paths.'/api/migrations/rollback'.post.responses.'409'", notNullValue())
                .body(
                        "paths.'/api/migrations'.get.responses.'401'.content.'application/problem+json'.examples",
                        notNullValue())
                .body(
                        "paths.'/api/migrations/history'.get.responses.'401'.content.'application/problem+json'",
                        notNullValue())
                .body(
                        "paths.'/api/migrations'.post.responses.'403'.content.'application/problem+json'",
                        notNullValue());
    }
}
