package io.fieldguide.protein.app;

import static io.fieldguide.protein.app.AppUsers.PASSWORD;
import static io.fieldguide.protein.app.AppUsers.as;
import static io.fieldguide.protein.app.AppUsers.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's API: accounts, meals, favourites, dashboard, activity log and exports, each user on their own data. */
@QuarkusTest
class AppApiTest {

    @Inject
    DataSource dataSource;

    private String ana;
    private String bob;

    @BeforeEach
    void twoRegisteredUsers() {
        DatabaseReset.execute(dataSource, "DELETE FROM import_jobs; DELETE FROM users");
        ana = register("ana@example.com", "ana_s");
        bob = register("bob@example.com", "bob_b");
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO user_profiles (user_id, timezone, daily_protein_goal)"
                        + " SELECT id, 'Europe/Lisbon', 100 FROM users WHERE email = 'ana@example.com'");
    }

    @Test
    void aPasswordLogsInAndIsStoredAsABcryptHash() {
        given().contentType("application/json")
                .body(Map.of("email", "Ana@Example.com", "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("email", equalTo("ana@example.com"));
        assertTrue(TestSql.text(dataSource, "SELECT password FROM users WHERE email = 'ana@example.com'")
                .startsWith("$2"));
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM users WHERE last_login_at IS NOT NULL"));
    }

    @Test
    @SendsInvalidRequests("wrong passwords, a taken address, a short password")
    void badCredentialsAndRegistrationsAreProblems() {
        for (Map<String, String> wrong : List.of(
                Map.of("email", "ana@example.com", "password", "not the password"),
                Map.of("email", "nobody@example.com", "password", PASSWORD))) {
            given().contentType("application/json")
                    .body(wrong)
                    .post("/api/auth/login")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("Unknown e-mail address or wrong password"));
        }
        given().contentType("application/json")
                .body(Map.of("email", "ana@example.com", "username", "other", "password", PASSWORD))
                .post("/api/auth/register")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(Map.of("email", "carol@example.com", "username", "carol", "password", "short"))
                .post("/api/auth/register")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(2, TestSql.count(dataSource, "SELECT count(*) FROM users"));
    }

    @Test
    void mealsAreWrittenPagedByDayAndKeepTheDashboardAndActivityLogRight() {
        long lunch = createMeal(ana, "Chicken & rice", "42.5", "2024-03-02T12:00:00Z");
        long late = createMeal(ana, "Cottage cheese", "14", "2024-03-02T23:50:00Z");
        createMeal(ana, "Oats", "32", "2024-03-04T08:00:00Z");

        as(ana).queryParam("from", "2024-03-02")
                .queryParam("to", "2024-03-02")
                .get("/api/me/meals")
                .then()
                .statusCode(200)
                .body("description", contains("Cottage cheese", "Chicken & rice"))
                .body("mealDate", contains("2024-03-02", "2024-03-02"));
        as(ana).queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/me/meals")
                .then()
                .statusCode(200)
                .body("description", contains("Cottage cheese"));

        as(ana).contentType("application/json")
                .body(meal("Chicken & rice", "50", "2024-03-03T12:00:00Z"))
                .put("/api/me/meals/{id}", lunch)
                .then()
                .statusCode(200)
                .body("proteinGrams", equalTo(50.0f))
                .body("mealDate", equalTo("2024-03-03"));
        as(ana).delete("/api/me/meals/{id}", late).then().statusCode(204);
        as(ana).get("/api/me/meals/{id}", late).then().statusCode(404);

        as(ana).queryParam("from", "2024-03-01")
                .queryParam("to", "2024-03-04")
                .get("/api/me/dashboard")
                .then()
                .statusCode(200)
                .body("days", hasSize(4))
                .body("days.proteinGrams", contains(0, 0, 50.0f, 32.0f))
                .body("days.meals", contains(0, 0, 1, 1))
                .body("days.goalMet", contains(false, false, false, false))
                .body("dailyProteinGoal", equalTo(100.0f))
                .body("totalProteinGrams", equalTo(82.0f))
                .body("totalMeals", equalTo(2));
        assertEquals(
                0,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM daily_summaries s FULL JOIN (SELECT user_id, meal_date,"
                                + " sum(protein_grams) AS protein, count(*) AS meals FROM meal_entries"
                                + " GROUP BY user_id, meal_date) m ON m.user_id = s.user_id AND m.meal_date = s.summary_date"
                                + " WHERE (s.total_protein_grams, s.meal_count) IS DISTINCT FROM (m.protein, m.meals)"));
        as(ana).get("/api/me/activity")
                .then()
                .statusCode(200)
                .body("action", contains("delete", "update", "create", "create", "create"))
                .body("entityType", contains("meal", "meal", "meal", "meal", "meal"));
    }

    @Test
    @SendsInvalidRequests("another user's ids, out-of-range meals, bad JSON and bad ranges")
    void aUserSeesAndChangesOnlyTheirOwnData() {
        long anasMeal = createMeal(ana, "Chicken & rice", "42.5", "2024-03-02T12:00:00Z");
        String before = TestSql.text(dataSource, "SELECT md5(string_agg(m::text, '|')) FROM meal_entries m");

        as(bob).get("/api/me/meals/{id}", anasMeal).then().statusCode(404).contentType("application/problem+json");
        as(bob).contentType("application/json")
                .body(meal("Stolen", "1", "2024-03-02T12:00:00Z"))
                .put("/api/me/meals/{id}", anasMeal)
                .then()
                .statusCode(404);
        as(bob).delete("/api/me/meals/{id}", anasMeal).then().statusCode(404);
        as(bob).contentType("application/json")
                .body(Map.of("name", "Ana's lunch", "proteinGrams", 42.5, "mealId", anasMeal))
                .post("/api/me/favorites")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("You have no meal"));
        as(bob).get("/api/me/meals").then().statusCode(200).body("$", empty());
        as(bob).get("/api/me/activity").then().statusCode(200).body("$", empty());

        as(ana).contentType("application/json")
                .body(meal("Negative", "-1", "2024-03-02T12:00:00Z"))
                .post("/api/me/meals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(ana).contentType("application/json")
                .body("{\"description\": ")
                .post("/api/me/meals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(ana).contentType("application/json")
                .body(Map.of(
                        "description", "Typed wrong", "proteinGrams", "lots", "mealTimestamp", "2024-03-02T12:00:00Z"))
                .post("/api/me/meals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(ana).queryParam("from", "2024-01-01")
                .queryParam("to", "2025-06-01")
                .get("/api/me/dashboard")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(ana).queryParam("from", "2024-03-05")
                .queryParam("to", "2024-03-01")
                .get("/api/me/exports/meals.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, TestSql.text(dataSource, "SELECT md5(string_agg(m::text, '|')) FROM meal_entries m"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM favorite_meals"));
    }

    @Test
    void favouritesLinkToTheirMealUntilItIsDeleted() {
        long shake = createMeal(ana, "Protein shake", "30", "2024-03-02T20:00:00Z");
        long favourite = as(ana).contentType("application/json")
                .body(Map.of("name", "Protein shake", "proteinGrams", 30, "calories", 160, "mealId", shake))
                .post("/api/me/favorites")
                .then()
                .statusCode(201)
                .body("mealId", equalTo((int) shake))
                .extract()
                .jsonPath()
                .getLong("id");
        as(ana).delete("/api/me/meals/{id}", shake).then().statusCode(204);
        as(ana).get("/api/me/favorites").then().statusCode(200).body("[0].mealId", equalTo(null));
        as(bob).delete("/api/me/favorites/{id}", favourite).then().statusCode(404);
        as(ana).delete("/api/me/favorites/{id}", favourite).then().statusCode(204);
        as(ana).get("/api/me/favorites").then().statusCode(200).body("$", empty());
    }

    @Test
    void theCsvParsesBackToTheSameRowsAndThePdfShowsTheTotals() throws Exception {
        createMeal(ana, "Chicken, rice & \"broccoli\"", "42.5", "2024-03-02T12:00:00Z");
        createMeal(ana, "Eggs and toast \uD83C\uDF73", "21", "2024-03-03T08:00:00Z");
        createMeal(bob, "Bob's steak", "60", "2024-03-03T19:00:00Z");

        byte[] csv = as(ana).accept("text/csv")
                .get("/api/me/exports/meals.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asByteArray();
        List<String> parsed = parseCsv(csv);
        assertEquals(
                TestSql.text(
                        dataSource,
                        "SELECT string_agg(concat_ws(' ', meal_date, to_char(meal_timestamp AT TIME ZONE 'UTC',"
                                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), description, protein_grams, calories, meal_type, m.id), '|'"
                                + " ORDER BY meal_timestamp) FROM meal_entries m JOIN users u ON u.id = m.user_id"
                                + " WHERE u.email = 'ana@example.com'"),
                String.join("|", parsed));

        byte[] pdf = as(ana).accept("application/pdf")
                .get("/api/me/exports/meals.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("DynProt meals of ana@example.com"), text);
            assertTrue(text.contains("Total: 63.5 g protein, 0 kcal, 2 meals"), text);
            assertTrue(text.contains("2024-03-02: 42.5 g protein, 0 kcal, 1 meals"), text);
            assertTrue(text.contains("2024-03-03: 21.0 g protein, 0 kcal, 1 meals"), text);
        }

        as(ana).get("/api/me/exports")
                .then()
                .statusCode(200)
                .body("format", contains("pdf", "csv"))
                .body("rowCount", contains(2, 2))
                .body("sha256", contains(sha256(pdf), sha256(csv)));
        as(bob).get("/api/me/exports").then().statusCode(200).body("$", empty());
    }

    private static List<String> parseCsv(byte[] csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll().stream()
                    .map(row -> String.join(
                                    " ",
                                    row.get("date"),
                                    row.get("time"),
                                    row.get("description"),
                                    row.get("proteinGrams"),
                                    row.get("mealType"),
                                    row.get("id"))
                            .replace("  ", " "))
                    .toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Map<String, Object> meal(String description, String protein, String time) {
        return Map.of("description", description, "proteinGrams", new BigDecimal(protein), "mealTimestamp", time);
    }

    private static long createMeal(String token, String description, String protein, String time) {
        return as(token)
                .contentType("application/json")
                .body(meal(description, protein, time))
                .post("/api/me/meals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
