package io.fieldguide.migration.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's own endpoints and the headers of its page. */
@QuarkusTest
class ConsoleApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void widgetsAtVersionTwo() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        DatabaseReset.execute(dataSource, "INSERT INTO widgets (name, price) VALUES ('a', 1), ('b', 200), ('c', 300)");
    }

    @Test
    void theSessionSaysWhetherTheCallerIsAnAdmin() {
        given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .when()
                .get("/api/console/session")
                .then()
                .statusCode(200)
                .body("user", equalTo("ada-admin"))
                .body("roles", hasItem("migration-admin"))
                .body("admin", equalTo(true));
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/console/session")
                .then()
                .statusCode(200)
                .body("admin", equalTo(false))
                .body("roles", not(hasItem("migration-admin")));
    }

    @Test
    void everyConsoleReadNeedsAToken() {
        for (String path : new String[] {"/api/console/session", "/api/console/lint", "/api/console/panels"}) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }

    @Test
    void theLintVerdictIsTheLintsOwnGroupedByScript() throws IOException {
        List<LintFinding> expected = new MigrationLinter().lintClasspath("db/testschema");
        List<String> scripts =
                expected.stream().map(LintFinding::script).distinct().toList();
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/console/lint")
                .then()
                .statusCode(200)
                .body("locations", contains("classpath:db/testschema"))
                // V6 adds a unique constraint in place, which the lint refuses on a table in use.
                .body("clean", equalTo(false))
                .body("scripts.script", equalTo(scripts))
                .body("scripts.script", hasItem("V6__unique_widget_names.sql"))
                .body("scripts.findings.flatten().rule", hasItem("disallowed-unique-constraint"))
                .body("scripts.findings.flatten()", hasSize(expected.size()))
                .body("summary", equalTo(LintReport.summary(expected)));
    }

    @Test
    void modulePanelsAnswerWithTheirViewOrTheirError() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .when()
                .get("/api/console/panels")
                .then()
                .statusCode(200)
                .body("panels.id", contains("widgets", "broken"))
                .body("panels[0].view.summary", equalTo("4 widgets"))
                .body("panels[0].view.columns", contains("Table", "Rows"))
                .body("panels[0].view.rows[0].state", equalTo("running"))
                .body("panels[0].view.rows[0].cells", contains("widgets", "4"))
                .body("panels[0].view.rows[0].percent", equalTo(50.0f))
                .body("panels[0].error", nullValue())
                .body("panels[1].view", nullValue())
                .body("panels[1].error", containsString("the module's table is gone"));
    }

    @Test
    void consoleRedirectsToItsPageWhichKeepsToItself() {
        given().redirects()
                .follow(false)
                .when()
                .get("/console")
                .then()
                .statusCode(302)
                .header("Location", startsWith("console/"));
        given().when()
                .get("/console/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(ConsoleRoutes.CONTENT_SECURITY_POLICY))
                .header("Cache-Control", equalTo("no-store"))
                .body(containsString("<title>Migration console</title>"));
        given().when()
                .get("/console/console.js")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", notNullValue())
                .body(containsString("sessionStorage"), not(containsString("localStorage.setItem")));
    }
}
