package io.fieldguide.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A concurrent index build (V3, outside a transaction) that fails half way is recorded as failed,
 * and Flyway then refuses every migrate; an admin's repair clears it, and is in the history.
 */
@QuarkusTest
class RepairTest {

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @BeforeEach
    void failedConcurrentIndexBuild() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        // V3 indexes widgets(name): without that column it fails, outside a transaction, so Flyway records it.
        DatabaseReset.execute(dataSource, "ALTER TABLE widgets RENAME COLUMN name TO title");
        asAdmin()
                .contentType("application/json")
                .body("{}")
                .post("/api/migrations")
                .then()
                .statusCode(500);
        DatabaseReset.execute(dataSource, "ALTER TABLE widgets RENAME COLUMN title TO name");
    }

    @Test
    void aFailedMigrationBlocksMigrateUntilAnAdminRepairs() {
        asReader().get("/api/migrations").then().body("status.failedMigrations", hasItem(startsWith("3_")));
        asAdmin()
                .contentType("application/json")
                .body("{}")
                .post("/api/migrations")
                .then()
                .statusCode(500);

        asReader().post("/api/migrations/repair").then().statusCode(403).contentType("application/problem+json");
        asAdmin()
                .post("/api/migrations/repair")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("results[0].name", startsWith("repair 3_"));

        asAdmin()
                .contentType("application/json")
                .body("{}")
                .post("/api/migrations")
                .then()
                .statusCode(200)
                .body("results.name", hasItem(startsWith("3_")));
        asReader().get("/api/migrations").then().body("status.isUpToDate", equalTo(true));
        assertEquals(
                1,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM migration_core.migration_run WHERE kind = 'repair' AND success"
                                + " AND triggered_by = 'ada-admin'"));
    }

    private static RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }

    private static RequestSpecification asReader() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.reader()));
    }
}
