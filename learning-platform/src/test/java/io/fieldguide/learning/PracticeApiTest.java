package io.fieldguide.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Learners, items and adaptive practice over HTTP, as an instructor and a learner use them. */
@QuarkusTest
class PracticeApiTest {

    private static final String ANA = "ana@example.org";
    private static final double LOG_3 = Math.log(3);

    /** The model's figures are doubles; REST Assured would read them as floats. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    DataSource dataSource;

    /** Item ids by difficulty -3 .. 3. */
    private final List<Long> itemsByDifficulty = new ArrayList<>();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void anaAndSevenItems() {
        LearningTestData.reset(dataSource);
        instructor()
                .body("{\"email\": \"" + ANA + "\", \"display_name\": \"Ana\", \"country_code\": \"PT\"}")
                .post("/api/learners")
                .then()
                .statusCode(201)
                .body("email", equalTo(ANA))
                .body("ability", equalTo(0.0));
        itemsByDifficulty.clear();
        for (int difficulty = -3; difficulty <= 3; difficulty++) {
            itemsByDifficulty.add(instructor()
                    .body("{\"kind\": \"short_answer\", \"topic\": \"arithmetic\", \"prompt\": \"level " + difficulty
                            + "\", \"answer\": \"x\", \"difficulty\": " + difficulty + "}")
                    .post("/api/items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id"));
        }
    }

    @Test
    void theNextItemIsTheOneWhosePredictedSuccessIsNearestTheTarget() {
        // Ability 0: a 75 % chance needs difficulty -ln 3 = -1.10, nearest item: -1.
        ana().get("/api/me/next-item")
                .then()
                .statusCode(200)
                .body("item.id", equalTo(itemsByDifficulty.get(2).intValue()))
                .body("item.difficulty", equalTo(-1.0))
                .body("predicted_success", closeTo(1 / (1 + Math.exp(-1)), 1e-9))
                .body("target_success", equalTo(0.75))
                .body("seen_recently", equalTo(false));
    }

    @Test
    void anAnswerMovesBothEstimatesByTheUncertaintyTimesTheSurprise() {
        long item = itemsByDifficulty.get(2); // difficulty -1
        double predicted = 1 / (1 + Math.exp(-1));
        ana().body("{\"item_id\": " + item + ", \"correct\": true, \"response_time_ms\": 4200}")
                .post("/api/me/attempts")
                .then()
                .statusCode(201)
                .body("predicted_success", closeTo(predicted, 1e-9))
                .body("ability", closeTo(1 - predicted, 1e-9)) // U(0) = 1
                .body("difficulty", closeTo(-1 - (1 - predicted), 1e-9));
        ana().get("/api/me").then().statusCode(200).body("answers_seen", equalTo(1));
        ana().get("/api/me/attempts")
                .then()
                .statusCode(200)
                .body("item_id", equalTo(List.of((int) item)))
                .body("[0].response_time_ms", equalTo(4200))
                .body("[0].predicted_success", closeTo(predicted, 1e-9));
        assertEquals(1, TestSql.count(dataSource, "SELECT attempt_count FROM items WHERE id = " + item));
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM attempts WHERE predicted_success IS NOT NULL"));
    }

    @Test
    void anItemAnsweredRecentlyIsNotServedAgainWhileOthersRemain() {
        long first = itemsByDifficulty.get(2);
        ana().body("{\"item_id\": " + first + ", \"correct\": false}")
                .post("/api/me/attempts")
                .then()
                .statusCode(201);
        long next = ana().get("/api/me/next-item")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("item.id");
        assertTrue(next != first, "the item just answered is not served again");
    }

    @Test
    void theNextItemFollowsTheLearnersAbility() {
        double before =
                ana().get("/api/me/next-item").then().extract().jsonPath().getDouble("item.difficulty");
        for (int answer = 0; answer < 7; answer++) {
            long item =
                    ana().get("/api/me/next-item").then().extract().jsonPath().getLong("item.id");
            ana().body("{\"item_id\": " + item + ", \"correct\": true}")
                    .post("/api/me/attempts")
                    .then()
                    .statusCode(201);
        }
        double ability = ana().get("/api/me").then().extract().jsonPath().getDouble("ability");
        double after =
                ana().get("/api/me/next-item").then().extract().jsonPath().getDouble("item.difficulty");
        assertTrue(ability > 1, "seven right answers raise the ability: " + ability);
        assertTrue(after > before, "harder items follow: " + before + " -> " + after);
        assertTrue(Math.abs(after - (ability - LOG_3)) <= 1.5, "and still near the target: " + after);
    }

    @Test
    @SendsInvalidRequests("missing fields, an invalid email and an unknown enum value must be 400 problems")
    void badInputIsAProblemAndWritesNothing() {
        ana().body("{\"item_id\": 987654321, \"correct\": true}")
                .post("/api/me/attempts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("No item 987654321"));
        ana().body("{\"item_id\": " + itemsByDifficulty.get(0) + "}")
                .post("/api/me/attempts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        instructor()
                .body("{\"email\": \"invalid-email\", \"country_code\": \"US\"}")
                .post("/api/learners")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("email"));
        instructor()
                .body("{\"email\": \"ANA@example.org\", \"country_code\": \"PT\"}")
                .post("/api/learners")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        instructor()
                .body("{\"kind\": \"essay\", \"topic\": \"t\", \"prompt\": \"p\", \"answer\": \"a\"}")
                .post("/api/items")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM attempts"));
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM users"));
        assertEquals(7, TestSql.count(dataSource, "SELECT count(*) FROM items"));
    }

    @Test
    void onlyInstructorsRegisterAndATokenWithoutAnAccountIsRefused() {
        ana().body("{\"email\": \"bo@example.org\", \"country_code\": \"PT\"}")
                .post("/api/learners")
                .then()
                .statusCode(403);
        given().header("Authorization", TestTokens.bearer(TestTokens.forUser("nobody@example.org")))
                .get("/api/me/next-item")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("No learner account"));
    }

    private static RequestSpecification ana() {
        return given().config(DOUBLES)
                .contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(TestTokens.forUser(ANA)));
    }

    private static RequestSpecification instructor() {
        return given().config(DOUBLES)
                .contentType(ContentType.JSON)
                .header(
                        "Authorization",
                        TestTokens.bearer(TestTokens.forUser("ines-instructor", LearningRoles.INSTRUCTOR)));
    }
}
