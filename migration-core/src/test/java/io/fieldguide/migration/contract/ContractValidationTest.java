package io.fieldguide.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The contract check of the test-jar (installed for every {@code @QuarkusTest} with no code of the
 * test's own) fails a test whose exchange the served OpenAPI document does not allow.
 */
@QuarkusTest
class ContractValidationTest {

    @Test
    void answerAsDocumentedPasses() {
        given().when().get("/api/test/contract").then().statusCode(200).body("count", equalTo(7));
    }

    @Test
    void memberOfTheWrongTypeFailsTheTest() {
        AssertionError drift = assertThrows(
                AssertionError.class, () -> given().queryParam("drift", "type").get("/api/test/contract"));
        assertTrue(drift.getMessage().contains("count"), drift.getMessage());
        assertTrue(drift.getMessage().contains("integer"), drift.getMessage());
    }

    @Test
    void undocumentedMemberFailsTheTest() {
        AssertionError drift = assertThrows(AssertionError.class, () -> given().queryParam("drift", "member")
                .get("/api/test/contract"));
        assertTrue(drift.getMessage().contains("colour"), drift.getMessage());
    }

    @Test
    void undocumentedStatusFailsTheTest() {
        AssertionError drift = assertThrows(AssertionError.class, () -> given().queryParam("drift", "status")
                .get("/api/test/contract"));
        assertTrue(drift.getMessage().contains("418"), drift.getMessage());
    }

    @Test
    void requestOutsideTheDocumentFailsTheTest() {
        AssertionError invalid = assertThrows(AssertionError.class, () -> given().contentType(ContentType.JSON)
                .body("{\"name\": \"widgets\", \"count\": \"many\"}")
                .post("/api/test/contract"));
        assertTrue(invalid.getMessage().contains("count"), invalid.getMessage());
    }

    @Test
    @SendsInvalidRequests("shows the opt-out: the bad request passes, its documented refusal is still checked")
    void aTestThatSendsInvalidRequestsOnPurposeHasOnlyItsResponsesChecked() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"widgets\", \"count\": \"many\"}")
                .post("/api/test/contract")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
        assertThrows(
                AssertionError.class, () -> given().queryParam("drift", "type").get("/api/test/contract"));
    }
}
