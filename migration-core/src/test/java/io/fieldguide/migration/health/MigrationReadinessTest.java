package io.fieldguide.migration.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.status.MigrationStatus;
import io.fieldguide.migration.status.MigrationStatusService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MigrationReadinessTest {

    @Inject
    MigrateService migrate;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
    }

    @Test
    void notReadyWhileMigrationsArePending() {
        migrate.migrate("2", false, "tester");

        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'migrations' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'migrations' }.data.pending", equalTo(4));
    }

    @Test
    void readyOnceUpToDate() {
        migrate.migrate(null, false, "tester");

        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("migrations"))
                .body("checks.find { it.name == 'migrations' }.status", equalTo("UP"));
    }

    @Test
    void stepsAreCountedInMetrics() {
        migrate.migrate("1", false, "tester");

        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString(
                        "fieldguide_migration_steps_seconds_count{direction=\"up\",kind=\"migrate\""));
    }

    @Inject
    MigrationStatusService statusService;

    @Test
    void aDatabaseAheadOfTheCodeOrWithADeletedScriptIsReportedAndStaysReady() {
        migrate.migrate(null, false, "tester");
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES"
                        + " ((SELECT max(installed_rank) + 1 FROM flyway_schema_history), '99', 'from newer code',"
                        + " 'SQL', 'V99__from_newer_code.sql', 1, 'tester', 1, true),"
                        + " ((SELECT max(installed_rank) + 2 FROM flyway_schema_history), '2.5', 'deleted script',"
                        + " 'SQL', 'V2_5__deleted_script.sql', 1, 'tester', 1, true)");

        MigrationStatus status = statusService.status();
        assertEquals(1, status.futureMigrations().size(), status.toString());
        assertTrue(
                status.futureMigrations().get(0).startsWith("99"),
                status.futureMigrations().toString());
        assertEquals(1, status.missingMigrations().size(), status.toString());
        assertTrue(status.isUpToDate());
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'migrations' }.data.future", org.hamcrest.Matchers.startsWith("99"))
                .body("checks.find { it.name == 'migrations' }.data.missing", org.hamcrest.Matchers.startsWith("2.5"));
    }

    @Test
    void aMigrationSkippedOutOfOrderIsIgnoredAndNotReady() {
        migrate.migrate("2", false, "tester");
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) SELECT max(installed_rank) + 1, '4', 'applied elsewhere',"
                        + " 'SQL', 'V4__applied_elsewhere.sql', 1, 'tester', 1, true FROM flyway_schema_history");

        MigrationStatus status = statusService.status();
        assertEquals(1, status.ignoredMigrations().size(), status.toString());
        assertTrue(
                status.ignoredMigrations().get(0).startsWith("3"),
                status.ignoredMigrations().toString());
        assertFalse(status.isUpToDate());
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'migrations' }.data.ignored", org.hamcrest.Matchers.startsWith("3"));
    }
}
