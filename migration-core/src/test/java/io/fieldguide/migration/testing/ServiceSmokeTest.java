package io.fieldguide.migration.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.fieldguide.migration.testing.contract.OpenApiChecks;
import io.fieldguide.migration.testing.probe.RobustnessProbe;
import jakarta.inject.Inject;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What every service must do once started: speak the core's migration API, be ready when its
 * migrations are applied, document itself in an OpenAPI document that is a contract (a schema for
 * every response, Redocly's recommended rules), and refuse every malformed or hostile request to a
 * documented operation cleanly (see {@link RobustnessProbe}). Extend it in one {@code @QuarkusTest}
 * class per module. Every REST Assured exchange of every test is also checked against the document
 * ({@code contract.ContractValidationCallback}).
 */
public abstract class ServiceSmokeTest {

    @Inject
    DataSource dataSource;

    @Test
    void hostileRequestsToEveryDocumentedOperationAreRefusedCleanly() {
        RobustnessProbe.assertServiceRefusesHostileInput(dataSource);
    }

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

    @Test
    void everyResponseOfTheDocumentHasASchema() throws IOException {
        OpenApiChecks.assertEveryResponseHasASchema();
    }

    @Test
    void theDocumentPassesRedoclyLint() throws IOException {
        OpenApiChecks.assertRedoclyLintIsClean();
    }

    @Test
    void documentedInOpenApi() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/migrations'", notNullValue());
    }
}
