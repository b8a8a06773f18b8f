package io.fieldguide.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partitions of attempts over HTTP: listed, ensured ahead of time, and a refusal that is safe. */
@QuarkusTest
class PartitionApiTest {

    private static final int THIS_YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final String NEXT_YEAR = "attempts_" + (THIS_YEAR + 1);

    @Inject
    DataSource dataSource;

    @BeforeEach
    void someLearnersWithHistory() {
        LearningTestData.reset(dataSource);
        LearningTestData.insertLearnersItemsAndAttempts(dataSource, 1, 2);
    }

    @Test
    void everyPartitionIsListedWithItsBounds() {
        admin().get("/api/partitions")
                .then()
                .statusCode(200)
                .body("name", hasItems("attempts_default", "attempts_" + THIS_YEAR, NEXT_YEAR))
                .body("find { it.name == 'attempts_default' }.bounds", equalTo("DEFAULT"))
                .body("find { it.name == '" + NEXT_YEAR + "' }.bounds", containsString("FOR VALUES FROM"));
    }

    @Test
    void ensuringCreatesNothingWhenTheComingYearsExist() {
        admin().post("/api/partitions/ensure").then().statusCode(200).body("created", empty());
    }

    @Test
    void aMissingYearWhoseAttemptsWaitInTheDefaultIsRefusedThenCreatedOnceTheyAreGone() {
        DatabaseReset.execute(dataSource, "DROP TABLE " + NEXT_YEAR);
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO attempts (user_id, item_id, correct, attempted_at) SELECT (SELECT id FROM users),"
                        + " (SELECT min(id) FROM items), true, '" + (THIS_YEAR + 1) + "-02-01T00:00:00Z'");

        admin().post("/api/partitions/ensure")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("default partition"));
        assertFalse(TestSql.exists(dataSource, NEXT_YEAR), "nothing was created");

        DatabaseReset.execute(dataSource, "DELETE FROM attempts_default");
        admin().post("/api/partitions/ensure").then().statusCode(200).body("created", equalTo(List.of(NEXT_YEAR)));
    }

    @Test
    void onlyOperatorsSeePartitions() {
        given().header("Authorization", TestTokens.bearer(TestTokens.forUser("ana@example.org")))
                .get("/api/partitions")
                .then()
                .statusCode(403);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }
}
