package io.fieldguide.protein.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example export from the web app, imported with an exact report, then again with no change. */
@QuarkusTest
class ImportTest {

    private static final String ANA = "ckana0000000000000000001";
    private static final String ANA_EMAIL = "ana.silva@example.com";

    /** Each record's outcome: record, outcome, id, duplicate of, reason. */
    private static final List<String> EXPECTED_RECORDS = List.of(
            "meals[0] imported m_1709366400000",
            "meals[1] imported m_1709380800000",
            "meals[2] merged m_1709380800000 m_1709380800000 same id as an earlier meal: the first one is kept",
            "meals[3] imported m_1709409600000",
            "meals[4] merged m_1709409605000 m_1709409600000 same content 5 s after it (a double tap)",
            "meals[5] imported m_1709424000000",
            "meals[6] imported m_1709452800000",
            "meals[7] rejected m_1709467200000 protein -12 is negative",
            "meals[8] rejected m_1709470000000 protein 4200 is above the plausible maximum of 500",
            "meals[9] imported m_1709480000000",
            "meals[10] rejected m_1709490000000 description is empty",
            "meals[11] rejected m_1709500000000 protein \"abc\" is not a number",
            "meals[12] rejected m_1709510000000 timestamp \"not a date\" is not a time in any form the app stored",
            "meals[13] imported m_1709539200000",
            "meals[14] imported derived-meal-",
            "favoriteMeals[0] imported fav_1",
            "favoriteMeals[1] imported fav_2",
            "favoriteMeals[2] merged fav_1 fav_1 same id as an earlier favourite: the first one is kept",
            "userSettings imported");

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void anaHasAnAccount() {
        DatabaseReset.execute(
                dataSource,
                "DELETE FROM users; INSERT INTO users (id, email, username, password) VALUES ('" + ANA + "', '"
                        + ANA_EMAIL + "', 'ana_s', 'x')");
    }

    @Test
    void theExampleExportIsImportedWithEveryRecordAccountedFor() throws IOException {
        ValidatableResponse first = importAs(ANA_EMAIL, fixture())
                .statusCode(200)
                .body("changed", equalTo(true))
                .body("timezone", equalTo("Europe/Lisbon"))
                .body(
                        "meals",
                        equalTo(Map.of("input", 15, "imported", 8, "alreadyImported", 0, "merged", 2, "rejected", 5)))
                .body(
                        "favorites",
                        equalTo(Map.of("input", 3, "imported", 2, "alreadyImported", 0, "merged", 1, "rejected", 0)))
                .body("settings.imported", equalTo(1))
                .body("records[14].id", startsWith("derived-meal-"))
                .body("records[14].notes[0]", equalTo("no id in the export: id derived from its content"))
                .body("records[16].notes[0]", containsString("m_does_not_exist is not among the imported meals"))
                .body("records[9].notes[0]", equalTo("calories unknown"));
        assertEquals(EXPECTED_RECORDS, outcomes(first));

        assertEquals(
                "m_1709366400000 2024-03-02T08:00:00Z 2024-03-02 Greek yogurt with honey 18.0 190.0 breakfast|"
                        + "m_1709380800000 2024-03-02T12:00:00Z 2024-03-02 Chicken breast, rice & broccoli 42.5 610.0 lunch|"
                        + "m_1709409600000 2024-03-02T20:00:00Z 2024-03-02 Protein shake 30.0 160.0 snack|"
                        + "m_1709424000000 2024-03-02T23:50:00Z 2024-03-02 Late snack: cottage cheese 14.0 120.0 snack|"
                        + "m_1709452800000 2024-03-03T00:00:00Z 2024-03-03 Eggs and toast \uD83C\uDF73 21.0 380.0 breakfast|"
                        + "m_1709480000000 2024-03-03T16:30:00Z 2024-03-03 Lentil soup 18.0 - dinner|"
                        + "m_1709539200000 2024-03-04T08:00:00Z 2024-03-04 Oats with whey 32.0 420.0 breakfast|"
                        + "derived 2024-03-04T12:00:00Z 2024-03-04 Turkey wrap 28.0 450.0 lunch",
                query("SELECT string_agg(CASE WHEN source_id LIKE 'derived-%' THEN 'derived' ELSE source_id END || ' '"
                        + " || to_char(meal_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || ' ' || meal_date"
                        + " || ' ' || description || ' ' || protein_grams || ' ' || coalesce(calories::text, '-') || ' '"
                        + " || meal_type, '|' ORDER BY meal_timestamp) FROM meal_entries"));
        // A Lisbon day's sums: the 23:50 snack belongs to 2 March.
        assertEquals(
                "2024-03-02 104.5 1080.0 4|2024-03-03 39.0 380.0 2|2024-03-04 60.0 870.0 2",
                query("SELECT string_agg(summary_date || ' ' || total_protein_grams || ' ' || total_calories || ' '"
                        + " || meal_count, '|' ORDER BY summary_date) FROM daily_summaries"));
        assertEquals(
                "fav_1 Protein shake m_1709409600000|fav_2 Chicken & rice -",
                query(
                        "SELECT string_agg(f.source_id || ' ' || f.name || ' ' || coalesce(m.source_id, '-'), '|'"
                                + " ORDER BY f.source_id) FROM favorite_meals f LEFT JOIN meal_entries m ON m.id = f.meal_entry_id"));
        assertEquals(
                "140.0 2200.0 72.5 170.0 moderate Europe/Lisbon dark",
                query(
                        "SELECT concat_ws(' ', daily_protein_goal, daily_calorie_goal, weight_kg, height_cm, activity_level,"
                                + " timezone, theme) FROM user_profiles"));
        assertEquals(
                "0.860 [{\"name\": \"chicken breast\", \"protein\": 38.0}, {\"name\": \"rice\", \"protein\": 4.5}]",
                query("SELECT confidence || ' ' || foods FROM meal_analyses"));
    }

    @Test
    void importingTheSameExportAgainChangesNothingAndSaysSo() throws IOException {
        ValidatableResponse first = importAs(ANA_EMAIL, fixture()).statusCode(200);
        String before = domainChecksum();

        ValidatableResponse second = importAs(ANA_EMAIL, fixture())
                .statusCode(200)
                .body("changed", equalTo(false))
                .body("message", startsWith("Nothing changed"))
                .body(
                        "meals",
                        equalTo(Map.of("input", 15, "imported", 0, "alreadyImported", 8, "merged", 2, "rejected", 5)))
                .body("favorites.alreadyImported", equalTo(2))
                .body("settings.alreadyImported", equalTo(1));
        assertEquals(domainChecksum(), before);
        List<String> expectedAgain = EXPECTED_RECORDS.stream()
                .map(line -> line.replace(" imported ", " already_imported ")
                        .replace("userSettings imported", "userSettings already_imported"))
                .toList();
        assertEquals(expectedAgain, outcomes(second));
        assertEquals(
                first.extract().path("records[14].id").toString(),
                second.extract().path("records[14].id").toString(),
                "a meal without an id gets the same derived id every time");
        assertEquals(
                first.extract().path("importId").toString() + ","
                        + second.extract().path("importId").toString(),
                TestSql.text(
                        dataSource,
                        "SELECT string_agg(id::text, ',' ORDER BY id) FROM imports"
                                + " WHERE (report->>'importId')::bigint = id"),
                "each stored report names its own import");
        assertEquals(
                1,
                TestSql.count(dataSource, "SELECT count(*) FROM activity_logs WHERE action = 'import'"),
                "only the import that changed something is in the activity log");
    }

    @Test
    void twoConcurrentImportsOfOneExportImportItOnce() throws Exception {
        String export = fixture();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> changed = pool.invokeAll(List.of(
                    () -> importAs(ANA_EMAIL, export).statusCode(200).extract().path("changed"),
                    () -> importAs(ANA_EMAIL, export).statusCode(200).extract().path("changed")));
            assertEquals(1, changed.stream().filter(f -> get(f)).count(), "exactly one import changed something");
        } finally {
            pool.shutdown();
        }
        assertEquals(8, TestSql.count(dataSource, "SELECT count(*) FROM meal_entries"));
    }

    private static boolean get(Future<Boolean> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SendsInvalidRequests("malformed and mistyped exports must be 4xx problems")
    void notAnExportIsRefusedAndNothingIsWritten() throws IOException {
        String before = domainChecksum();
        importAs(ANA_EMAIL, "{\"meals\": ").statusCode(400).contentType("application/problem+json");
        importAs(ANA_EMAIL, "{\"userSettings\": {}}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("meals"));
        importAs(ANA_EMAIL, "{\"meals\": {}}").statusCode(400).contentType("application/problem+json");
        importAs(ANA_EMAIL, "{\"meals\": [], \"user\": []}").statusCode(400).contentType("application/problem+json");
        importAs("nobody@example.com", "{\"meals\": []}").statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"meals\": []}")
                .when()
                .post("/api/me/import")
                .then()
                .statusCode(401);
        assertEquals(413, statusOfAFiftyMegabyteImport());
        assertEquals(before, domainChecksum());
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM imports"));
    }

    /**
     * Announces a 50 MB body and starts sending it: the service answers 413 from the headers and
     * closes the connection, which a client that insists on sending the whole body sees as a broken pipe.
     */
    private static int statusOfAFiftyMegabyteImport() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/me/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: " + TestTokens.bearer(TestTokens.forUser(ANA_EMAIL, "user")) + "\r\n"
                            + "Content-Length: " + (50 * 1024 * 1024) + "\r\n\r\n{\"meals\": [{\"description\": \"xxxx")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static ValidatableResponse importAs(String email, String body) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.forUser(email, "user")))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/me/import")
                .then();
    }

    private static List<String> outcomes(ValidatableResponse response) {
        List<Map<String, Object>> records = response.extract().jsonPath().getList("records");
        return records.stream()
                .map(r -> String.join(
                                " ",
                                java.util.stream.Stream.of("record", "outcome", "id", "duplicateOf", "reason")
                                        .map(r::get)
                                        .filter(v -> v != null)
                                        .map(Object::toString)
                                        .toList())
                        .replaceFirst("derived-meal-[0-9a-f]+", "derived-meal-"))
                .toList();
    }

    private String domainChecksum() {
        return query("SELECT concat_ws(' ', (SELECT md5(string_agg(m::text, '|' ORDER BY id)) FROM meal_entries m),"
                + " (SELECT md5(string_agg(f::text, '|' ORDER BY id)) FROM favorite_meals f),"
                + " (SELECT md5(string_agg(p::text, '|' ORDER BY id)) FROM user_profiles p),"
                + " (SELECT md5(string_agg(a::text, '|' ORDER BY id)) FROM meal_analyses a),"
                + " (SELECT md5(string_agg(d::text, '|' ORDER BY user_id, summary_date)) FROM daily_summaries d),"
                + " (SELECT count(*) FROM activity_logs))");
    }

    private String query(String sql) {
        return io.fieldguide.protein.imports.ImportTestSql.single(dataSource, sql);
    }

    static String fixture() throws IOException {
        try (InputStream in = ImportTest.class.getResourceAsStream("/fixtures/dynprot-localstorage-export.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
