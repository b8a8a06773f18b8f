package io.fieldguide.protein.app;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Users of the app's API for the tests: registered through the API itself, then their requests. */
final class AppUsers {

    static final String PASSWORD = "correct horse battery staple";

    private AppUsers() {}

    /** Registers a user ({@code POST /api/auth/register}) and answers their token. */
    static String register(String email, String username) {
        return given().contentType("application/json")
                .body(Map.of("email", email, "username", username, "password", PASSWORD))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    /** A request sent as the user whose token this is. */
    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
