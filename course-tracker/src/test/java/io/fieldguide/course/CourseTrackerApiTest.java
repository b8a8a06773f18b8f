package io.fieldguide.course;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.course.user.Role;
import io.fieldguide.course.user.UserAccounts;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Course Tracker's own API with tokens from its own login: courses and episodes, and a user's
 * notes, favorites and preferences, which no other user can read or change.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseTrackerApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String PASSWORD = "a test-only password";

    @Inject
    UserAccounts accounts;

    @Inject
    DataSource dataSource;

    String run = UUID.randomUUID().toString().substring(0, 8);
    String instructor;
    String ann;
    String bob;
    long courseId;
    long episodeId;

    /** Once per class, but in a BeforeEach: Quarkus points REST Assured at the test port only then. */
    @BeforeEach
    void setUp() {
        if (instructor != null) {
            return;
        }
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        accounts.create(email("ines"), PASSWORD, "Ines", "Instructor", Set.of(Role.INSTRUCTOR));
        accounts.create(email("ann"), PASSWORD, "Ann", null, Set.of(Role.LEARNER));
        accounts.create(email("bob"), PASSWORD, null, null, Set.of(Role.LEARNER));
        instructor = login("ines");
        ann = login("ann");
        bob = login("bob");
        courseId = as(instructor)
                .body(Map.of("title", "Migrations " + run, "description", "Up and down"))
                .post("/api/courses")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        episodeId = as(instructor)
                .body(Map.of("title", "Reversible migrations", "durationSeconds", 720))
                .post("/api/courses/{id}/episodes", courseId)
                .then()
                .statusCode(201)
                .body("episodeNumber", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void loginIssuesASignedTokenWithTheUsersRoles() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email("ines").toUpperCase(), "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("token", notNullValue())
                .body("expiresAt", notNullValue())
                .body("user.fullName", equalTo("Ines Instructor"))
                .body("user.roles", equalTo(java.util.List.of(Role.INSTRUCTOR)));
        assertEquals(
                1,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM users WHERE email = '" + email("ines") + "' AND last_login IS NOT NULL"));
        assertEquals(
                0,
                TestSql.count(dataSource, "SELECT count(*) FROM users WHERE password_hash NOT LIKE '$2%'"),
                "passwords are stored as bcrypt hashes only");
    }

    @Test
    void aWrongPasswordOrUnknownAddressIs401WithoutSayingWhich() {
        for (Map<String, String> body : java.util.List.of(
                Map.of("email", email("ann"), "password", "wrong"),
                Map.of("email", email("nobody"), "password", PASSWORD))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/auth/login")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/invalid-credentials"))
                    .body("detail", equalTo("Unknown e-mail address or wrong password"));
        }
    }

    @Test
    @SendsInvalidRequests("bad login input must be a 400 naming the field")
    void badLoginInputIs400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-address"))
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(java.util.List.of("email", "password")));
        given().contentType(ContentType.JSON)
                .body("{\"email\": ")
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    @SendsInvalidRequests("also sends a blank title and a negative duration, which must be 400s")
    void coursesAndEpisodes() {
        as(ann).get("/api/courses").then().statusCode(200).body("title", hasItem("Migrations " + run));
        as(ann).get("/api/courses/{id}/episodes", courseId)
                .then()
                .statusCode(200)
                .body("title", equalTo(java.util.List.of("Reversible migrations")));
        as(instructor)
                .body(Map.of("title", "Second", "episodeNumber", 1))
                .post("/api/courses/{id}/episodes", courseId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        as(instructor)
                .body(Map.of("title", " ", "durationSeconds", -1))
                .post("/api/courses/{id}/episodes", courseId)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("durationSeconds", "title")));
        as(instructor)
                .body(Map.of("title", "Nowhere"))
                .post("/api/courses/{id}/episodes", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(ann).body(Map.of("title", "Not mine to add"))
                .post("/api/courses")
                .then()
                .statusCode(403);
        given().get("/api/courses").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aUserCannotReadOrChangeAnotherUsersNotes() {
        var created = as(ann).body(Map.of("episodeId", episodeId, "content", "Ann's private note"))
                .post("/api/me/notes")
                .then()
                .statusCode(201)
                .extract();
        long note = created.jsonPath().getLong("id");
        assertEquals(true, created.header("Location").endsWith("/api/me/notes/" + note));

        as(bob).get("/api/me/notes/{id}", note)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("No note " + note));
        as(bob).body(Map.of("content", "Bob was here"))
                .put("/api/me/notes/{id}", note)
                .then()
                .statusCode(404);
        as(bob).delete("/api/me/notes/{id}", note).then().statusCode(404);
        as(bob).get("/api/me/notes").then().statusCode(200).body("id", not(hasItem((int) note)));

        as(ann).get("/api/me/notes/{id}", note).then().statusCode(200).body("content", equalTo("Ann's private note"));
        as(ann).body(Map.of("content", "Rewritten"))
                .put("/api/me/notes/{id}", note)
                .then()
                .statusCode(200)
                .body("content", equalTo("Rewritten"));
        as(ann).get("/api/me/notes?episodeId={e}", episodeId).then().body("id", hasItem((int) note));
        as(ann).delete("/api/me/notes/{id}", note).then().statusCode(204);
        as(ann).get("/api/me/notes/{id}", note).then().statusCode(404);
    }

    @Test
    @SendsInvalidRequests("bad notes must be a 400 naming the field")
    void badNotesAre400NamingTheField() {
        as(ann).body(Map.of("episodeId", episodeId, "content", ""))
                .post("/api/me/notes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("content"));
        as(ann).body(Map.of("episodeId", Long.MAX_VALUE, "content", "x"))
                .post("/api/me/notes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("episodeId"));
        as(ann).body("{\"episodeId\": \"seven\", \"content\": \"x\"}")
                .post("/api/me/notes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("episodeId"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM episode_notes WHERE content = 'x'"));
    }

    @Test
    void favoritesAreTheCallersOwn() {
        as(ann).put("/api/me/favorites/{id}", courseId).then().statusCode(200).body("courseId", equalTo((int)
                courseId));
        as(ann).put("/api/me/favorites/{id}", courseId).then().statusCode(200);
        as(ann).get("/api/me/favorites").then().statusCode(200).body("courseId", equalTo(java.util.List.of((int)
                courseId)));
        as(bob).get("/api/me/favorites").then().statusCode(200).body("$", empty());
        as(bob).delete("/api/me/favorites/{id}", courseId).then().statusCode(204);
        as(ann).get("/api/me/favorites").then().body("courseId", hasItem((int) courseId));
        as(ann).put("/api/me/favorites/{id}", Long.MAX_VALUE).then().statusCode(404);
        as(ann).delete("/api/me/favorites/{id}", courseId).then().statusCode(204);
        as(ann).get("/api/me/favorites").then().body("$", empty());
    }

    @Test
    @SendsInvalidRequests("also sends an unknown theme, which must be a 400")
    void preferencesAreTheCallersOwn() {
        as(bob).get("/api/me/preferences")
                .then()
                .statusCode(200)
                .body("theme", equalTo("light"))
                .body("notificationsEnabled", equalTo(true));
        as(ann).body(Map.of("theme", "dark", "notificationsEnabled", false))
                .put("/api/me/preferences")
                .then()
                .statusCode(200)
                .body("theme", equalTo("dark"));
        as(ann).get("/api/me/preferences")
                .then()
                .body("theme", equalTo("dark"))
                .body("notificationsEnabled", equalTo(false));
        as(bob).get("/api/me/preferences").then().body("theme", equalTo("light"));
        as(ann).body(Map.of("theme", "neon", "notificationsEnabled", true))
                .put("/api/me/preferences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("theme"))
                .body("detail", containsString("must be light, dark or system"));
        as(ann).get("/api/me/preferences").then().body("theme", equalTo("dark"));
    }

    @Test
    @SendsInvalidRequests("a text/plain body must be a 415 that changes nothing")
    void aNoteRewrittenAsPlainTextIs415AndKeepsItsContent() {
        long noteId = as(ann).body(Map.of("episodeId", episodeId, "content", "Kept"))
                .post("/api/me/notes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().auth()
                .oauth2(ann)
                .contentType("text/plain")
                .body("raw text")
                .put("/api/me/notes/{id}", noteId)
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415));
        as(ann).get("/api/me/notes/{id}", noteId).then().statusCode(200).body("content", equalTo("Kept"));
    }

    @Test
    void aRepeatedKeyOrANulInALoginIs400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email("ann") + "\",\"password\":\"x\",\"password\":\"y\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("password"));
        as(ann).body("{\"episodeId\":" + episodeId + ",\"content\":\"a\\u0000b\"}")
                .post("/api/me/notes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("content"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM episode_notes WHERE content LIKE 'a%b'"));
    }

    @Test
    void loginTokensAreForThisServiceOnlyAndOthersAreRefused() {
        String claims = new String(
                java.util.Base64.getUrlDecoder().decode(ann.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, claims.contains("\"aud\":\"course-tracker\""), claims);
        given().auth()
                .oauth2(TestTokens.forAudience("feeding-tracker", email("ann"), Role.LEARNER))
                .get("/api/me/notes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aValidTokenWithoutAnAccountIs403() {
        given().auth()
                .oauth2(TestTokens.forUser("ghost-" + run + "@example.com", Role.LEARNER))
                .get("/api/me/notes")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    private String email(String name) {
        return name + "-" + run + "@example.com";
    }

    private String login(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email(name), "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("token");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
