package io.fieldguide.migration.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.fieldguide.migration.migrate.MigrateService;
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
}
