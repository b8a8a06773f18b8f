package io.fieldguide.protein.app;

import static io.fieldguide.protein.app.AppUsers.as;
import static io.fieldguide.protein.app.AppUsers.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profile and settings of the signed-in user: read, replaced, validated, logged, and only ever their own. */
@QuarkusTest
class ProfileSettingsTest {

    private static final String ROWS = "SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) FROM (SELECT"
            + " concat_ws(',', u.email, u.username, u.first_name, u.last_name, u.avatar, u.has_completed_onboarding,"
            + " p.daily_protein_goal, p.daily_calorie_goal, p.weight_kg, p.height_cm, p.activity_level, p.timezone,"
            + " p.theme) AS r FROM users u LEFT JOIN user_profiles p ON p.user_id = u.id) rows";

    @Inject
    DataSource dataSource;

    private String ana;
    private String bob;

    @BeforeEach
    void twoRegisteredUsersWithoutSettings() {
        DatabaseReset.execute(dataSource, "DELETE FROM import_jobs; DELETE FROM users");
        ana = register("ana@example.com", "ana_s");
        bob = register("bob@example.com", "bob_b");
    }

    @Test
    void aUserReadsAndReplacesTheirProfileAndTheChangeIsLoggedOnce() {
        as(ana).get("/api/me/profile")
                .then()
                .statusCode(200)
                .body("email", equalTo("ana@example.com"))
                .body("username", equalTo("ana_s"))
                .body("firstName", nullValue())
                .body("hasCompletedOnboarding", equalTo(false))
                .body("emailVerified", equalTo(false));

        Map<String, Object> profile = Map.of(
                "username", "ana_silva",
                "firstName", "Ana",
                "lastName", "Silva",
                "avatar", "https://example.com/avatars/ana.png",
                "hasCompletedOnboarding", true);
        for (int time = 0; time < 2; time++) {
            as(ana).contentType("application/json")
                    .body(profile)
                    .put("/api/me/profile")
                    .then()
                    .statusCode(200)
                    .body("username", equalTo("ana_silva"))
                    .body("firstName", equalTo("Ana"))
                    .body("lastName", equalTo("Silva"))
                    .body("avatar", equalTo("https://example.com/avatars/ana.png"))
                    .body("hasCompletedOnboarding", equalTo(true))
                    .body("email", equalTo("ana@example.com"));
        }
        assertEquals(
                "ana_silva,Ana,Silva,https://example.com/avatars/ana.png,t",
                TestSql.text(
                        dataSource,
                        "SELECT concat_ws(',', username, first_name, last_name, avatar, has_completed_onboarding)"
                                + " FROM users WHERE email = 'ana@example.com'"));
        as(ana).get("/api/me/activity")
                .then()
                .statusCode(200)
                .body("action", contains("update"))
                .body("entityType", contains("profile"))
                .body("[0].details.username", equalTo("ana_silva"));
        as(bob).get("/api/me/profile").then().statusCode(200).body("username", equalTo("bob_b"));
        as(bob).get("/api/me/activity").then().statusCode(200).body("$", empty());
    }

    @Test
    void settingsStartAsDefaultsAndTheirGoalAndZoneReachTheDashboardAndNewMeals() {
        as(ana).get("/api/me/settings")
                .then()
                .statusCode(200)
                .body("timezone", equalTo("UTC"))
                .body("dailyProteinGoal", nullValue())
                .body("updatedAt", nullValue());

        as(ana).contentType("application/json")
                .body(settings("Europe/Lisbon", 150))
                .put("/api/me/settings")
                .then()
                .statusCode(200)
                .body("timezone", equalTo("Europe/Lisbon"))
                .body("dailyProteinGoal", equalTo(150.0f))
                .body("dailyCalorieGoal", equalTo(2400.0f))
                .body("weightKg", equalTo(68.5f))
                .body("heightCm", equalTo(172.0f))
                .body("activityLevel", equalTo("moderate"))
                .body("theme", equalTo("dark"));
        assertEquals(
                "150.0,2400.0,68.5,172.0,moderate,Europe/Lisbon,dark",
                TestSql.text(
                        dataSource,
                        "SELECT concat_ws(',', daily_protein_goal, daily_calorie_goal, weight_kg, height_cm,"
                                + " activity_level, timezone, theme) FROM user_profiles p JOIN users u ON u.id = p.user_id"
                                + " WHERE u.email = 'ana@example.com'"));

        // 23:30 UTC on 1 July is 00:30 on 2 July in Lisbon (summer time): the meal is the Lisbon day's.
        as(ana).contentType("application/json")
                .body(Map.of("description", "Late snack", "proteinGrams", 20, "mealTimestamp", "2024-07-01T23:30:00Z"))
                .post("/api/me/meals")
                .then()
                .statusCode(201)
                .body("mealDate", equalTo("2024-07-02"));
        as(ana).queryParam("from", "2024-07-01")
                .queryParam("to", "2024-07-02")
                .get("/api/me/dashboard")
                .then()
                .statusCode(200)
                .body("dailyProteinGoal", equalTo(150.0f))
                .body("days.proteinGrams", contains(0, 20.0f));

        as(ana).get("/api/me/activity")
                .then()
                .statusCode(200)
                .body("entityType", contains("meal", "settings"))
                .body("[1].details.timezone", equalTo("Europe/Lisbon"));
        as(bob).get("/api/me/settings").then().statusCode(200).body("timezone", equalTo("UTC"));
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM user_profiles"));
    }

    @Test
    void savingTheSameSettingsAgainChangesAndLogsNothing() {
        as(ana).contentType("application/json")
                .body(settings("Europe/Lisbon", 150))
                .put("/api/me/settings")
                .then()
                .statusCode(200);
        String savedAt = TestSql.text(dataSource, "SELECT updated_at::text FROM user_profiles");
        as(ana).contentType("application/json")
                .body(settings("Europe/Lisbon", 150))
                .put("/api/me/settings")
                .then()
                .statusCode(200)
                .body("dailyProteinGoal", equalTo(150.0f));
        assertEquals(savedAt, TestSql.text(dataSource, "SELECT updated_at::text FROM user_profiles"));
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM activity_logs"));
    }

    @Test
    @SendsInvalidRequests("out-of-range values, unknown zones, wrong types, bad JSON, a taken username")
    void badProfilesAndSettingsAreProblemsAndWriteNothing() {
        as(ana).contentType("application/json")
                .body(settings("Europe/Lisbon", 100))
                .put("/api/me/settings")
                .then()
                .statusCode(200);
        String before = TestSql.text(dataSource, ROWS);
        long logged = TestSql.count(dataSource, "SELECT count(*) FROM activity_logs");

        for (Map<String, Object> bad : List.of(
                settings("Europe/Lisbon", 1001),
                settings("Europe/Lisbon", -1),
                settings("Mars/Olympus_Mons", 100),
                settings("+01:00", 100),
                settings("", 100),
                with(settings("Europe/Lisbon", 100), "dailyProteinGoal", "lots"),
                with(settings("Europe/Lisbon", 100), "heightCm", 301),
                with(settings("Europe/Lisbon", 100), "weightKg", 70.25))) {
            as(ana).contentType("application/json")
                    .body(bad)
                    .put("/api/me/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        as(ana).contentType("application/json")
                .body("{\"timezone\": ")
                .put("/api/me/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        as(ana).contentType("application/json")
                .body(profile("bob_b"))
                .put("/api/me/profile")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("The username bob_b is taken"));
        for (Map<String, Object> bad : List.of(
                profile("a b"),
                profile(""),
                with(profile("ana_new"), "avatar", "javascript:alert(1)"),
                with(profile("ana_new"), "firstName", "x".repeat(101)),
                with(profile("ana_new"), "hasCompletedOnboarding", null))) {
            as(ana).contentType("application/json")
                    .body(bad)
                    .put("/api/me/profile")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", TestTokens.bearer(TestTokens.forUser("nobody@example.com", "user")))
                .contentType("application/json")
                .body(settings("Europe/Lisbon", 100))
                .put("/api/me/settings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/me/profile").then().statusCode(401);

        assertEquals(before, TestSql.text(dataSource, ROWS));
        assertEquals(logged, TestSql.count(dataSource, "SELECT count(*) FROM activity_logs"));
    }

    private static Map<String, Object> settings(String zone, Object proteinGoal) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("dailyProteinGoal", proteinGoal);
        settings.put("dailyCalorieGoal", 2400);
        settings.put("weightKg", 68.5);
        settings.put("heightCm", 172);
        settings.put("activityLevel", "moderate");
        settings.put("timezone", zone);
        settings.put("theme", "dark");
        return settings;
    }

    private static Map<String, Object> profile(String username) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("username", username);
        profile.put("firstName", "Ana");
        profile.put("hasCompletedOnboarding", true);
        return profile;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
