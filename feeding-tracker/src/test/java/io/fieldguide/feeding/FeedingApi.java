package io.fieldguide.feeding;

import static io.restassured.RestAssured.given;

import io.fieldguide.migration.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** HTTP calls of the feeding API, as a client makes them. */
final class FeedingApi {

    private FeedingApi() {}

    static RequestSpecification anyone() {
        return given().contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return anyone().header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }

    static RequestSpecification reader() {
        return anyone().header("Authorization", TestTokens.bearer(TestTokens.reader()));
    }

    static ValidatableResponse create(String body) {
        return anyone().body(body).when().post("/api/feedings").then();
    }

    static ValidatableResponse push(String body) {
        return anyone().body(body).when().post("/api/feedings/sync").then();
    }

    static ValidatableResponse pull(String cursor, int limit) {
        RequestSpecification request = anyone().queryParam("limit", limit);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.when().get("/api/feedings/sync").then();
    }

    static void assertProblem(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(field)));
    }
}
