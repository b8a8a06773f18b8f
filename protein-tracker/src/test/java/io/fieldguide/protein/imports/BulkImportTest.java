package io.fieldguide.protein.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldguide.migration.cli.MigrationCli;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/imports}: many users' exports as NDJSON, imported as a resumable job. */
@QuarkusTest
class BulkImportTest {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    MigrationCli migrationCli;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void noUsersNoJobs() {
        DatabaseReset.execute(dataSource, "DELETE FROM import_jobs; DELETE FROM users");
    }

    @Test
    void everyLineIsImportedOrRejectedWithItsReasonAndTheImportVerifies() throws IOException {
        String ndjson = String.join(
                "\n",
                export("ana@example.com"),
                "{\"meals\": ",
                export("bob@example.com"),
                "",
                "{\"user\": {\"email\": \"carol@example.com\"}, \"favoriteMeals\": []}",
                "{\"meals\": []}",
                export("Dan@Example.com "));

        long job = submit(ndjson, 2).statusCode(202).extract().jsonPath().getLong("id");
        awaitCompletion(job)
                .body("linesTotal", equalTo(6))
                .body("linesDone", equalTo(6))
                .body("usersDone", equalTo(3))
                .body("usersImported", equalTo(3))
                .body("linesRejected", equalTo(3))
                .body("mealsInput", equalTo(45))
                .body("mealsImported", equalTo(24))
                .body("mealsMerged", equalTo(6))
                .body("mealsRejected", equalTo(15))
                .body("etaSeconds", equalTo(0))
                .body("percent", equalTo(100.0f));

        List<String> rejected = admin().queryParam("outcome", "rejected")
                .get("/api/imports/{id}/lines", job)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("collect { it.lineNo + ' ' + it.reason }");
        assertEquals(3, rejected.size());
        assertTrue(rejected.get(0).startsWith("2 not an export: Unexpected end-of-input"), rejected.get(0));
        assertEquals("5 meals: must not be null", rejected.get(1));
        assertEquals("6 user.email: a bulk line needs its user's e-mail address, was \"\"", rejected.get(2));

        assertEquals(
                "ana@example.com 8|bob@example.com 8|dan@example.com 8",
                ImportTestSql.single(
                        dataSource,
                        "SELECT string_agg(u.email || ' ' || (SELECT count(*) FROM meal_entries m WHERE m.user_id = u.id),"
                                + " '|' ORDER BY u.email) FROM users u"));
        admin().get("/api/imports/{id}/verification", job)
                .then()
                .statusCode(200)
                .body("verified", is(true))
                .body("usersChecked", equalTo(3))
                .body("usersMatching", equalTo(3))
                .body("linesRejected", equalTo(3))
                .body("users.mealsInSource", everyItem(equalTo(8)))
                .body("users.mealsInDatabase", everyItem(equalTo(8)))
                .body("users.summariesWrong", everyItem(equalTo(0)));

        Cli verified = cli("verify-import", String.valueOf(job));
        assertEquals(0, verified.exitCode(), verified.err());
        assertTrue(verified.out().contains("3 of 3 users match, 3 lines rejected, 0 pending"), verified.out());
        Cli unknown = cli("verify-import", "999999");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().startsWith("error: "), unknown.err());
    }

    @Test
    void theSameFileAgainChangesNothingAndTheVerificationSeesAChangedMeal() throws IOException {
        String ndjson = export("ana@example.com") + "\n" + export("bob@example.com") + "\n";
        long first = submit(ndjson, 100).statusCode(202).extract().jsonPath().getLong("id");
        awaitCompletion(first).body("mealsImported", equalTo(16));
        String before = mealsChecksum();

        long second = submit(ndjson, 100).statusCode(202).extract().jsonPath().getLong("id");
        awaitCompletion(second)
                .body("usersUnchanged", equalTo(2))
                .body("usersImported", equalTo(0))
                .body("mealsImported", equalTo(0))
                .body("mealsAlreadyImported", equalTo(16));
        assertEquals(before, mealsChecksum());
        assertEquals(2, TestSql.count(dataSource, "SELECT count(*) FROM users"));

        DatabaseReset.execute(
                dataSource,
                "UPDATE meal_entries SET protein_grams = protein_grams + 1 WHERE source_id = 'm_1709366400000'"
                        + " AND user_id = (SELECT id FROM users WHERE email = 'bob@example.com')");
        admin().get("/api/imports/{id}/verification", second)
                .then()
                .statusCode(200)
                .body("verified", is(false))
                .body("usersMatching", equalTo(1))
                .body("users.find { it.email == 'bob@example.com' }.mealsDiffering", equalTo(1))
                .body("users.find { it.email == 'ana@example.com' }.matches", is(true));

        Cli refused = cli("verify-import", String.valueOf(second));
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(
                refused.out()
                        .contains("bob@example.com: meals 8 in the export, 8 in the database (0 missing, 1 differing)"),
                refused.out());
        assertEquals(
                "error: bulk import " + second + " does not verify",
                refused.err().strip());
    }

    private record Cli(int exitCode, String out, String err) {}

    /** The packaged jar's {@code verify-import}, run in-process by the core's CLI bean. */
    private Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = migrationCli.run(outStream, errStream, args);
        }
        return new Cli(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void twoConcurrentSubmissionsOfOneFileImportItOnce() throws Exception {
        String ndjson = IntStream.range(0, 20)
                .mapToObj(i -> export("user" + i + "@example.com"))
                .collect(Collectors.joining("\n"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ValidatableResponse>> answers;
        try {
            answers = pool.invokeAll(List.of(() -> submit(ndjson, 5), () -> submit(ndjson, 5)));
        } finally {
            pool.shutdown();
        }
        for (Future<ValidatableResponse> answer : answers) {
            long job = answer.get()
                    .statusCode(oneOf(200, 202))
                    .extract()
                    .jsonPath()
                    .getLong("id");
            awaitCompletion(job);
        }
        assertEquals(20, TestSql.count(dataSource, "SELECT count(*) FROM users"));
        assertEquals(160, TestSql.count(dataSource, "SELECT count(*) FROM meal_entries"));
        assertEquals(
                20,
                TestSql.count(dataSource, "SELECT count(*) FROM import_lines WHERE outcome = 'imported'"),
                "each user was imported by one line of one job");
    }

    @Test
    void progressIsReadableWhileTheJobRuns() throws Exception {
        String ndjson =
                export("first@example.com") + "\n" + export("held@example.com") + "\n" + export("last@example.com");
        // An uncommitted user with the second line's e-mail holds that line (and its batch) until we let go.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement insert = holder.prepareStatement(
                    "INSERT INTO users (id, email, username, password) VALUES ('ckheld', 'held@example.com', 'held', 'x')")) {
                insert.executeUpdate();
            }
            long job = submit(ndjson, 1).statusCode(202).extract().jsonPath().getLong("id");
            ValidatableResponse running = awaitLinesDone(job, 1)
                    .body("state", equalTo("running"))
                    .body("linesDone", equalTo(1))
                    .body("usersDone", equalTo(1))
                    .body("mealsImported", equalTo(8))
                    .body("percent", equalTo(33.3f))
                    .body("finishedAt", equalTo(null));
            admin().get("/api/imports")
                    .then()
                    .statusCode(200)
                    .body("[0].id", equalTo((int) job))
                    .body("[0].state", equalTo("running"));
            assertTrue(running.extract().jsonPath().getDouble("linesPerSecond") >= 0);
            holder.rollback();
            awaitCompletion(job).body("usersImported", equalTo(3)).body("linesDone", equalTo(3));
        }
    }

    @Test
    @SendsInvalidRequests("an empty file, a bad batch size, a wrong media type and an unknown job")
    void badSubmissionsAre4xxProblemsAndStageNothing() {
        submit("\n\n", 10)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The body holds no export"));
        submit(export("ana@example.com"), 0).statusCode(400).contentType("application/problem+json");
        admin().contentType("application/json")
                .body("{}")
                .post("/api/imports")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.forUser("ana@example.com")))
                .contentType(BulkImportResource.NDJSON)
                .body(export("ana@example.com").getBytes(StandardCharsets.UTF_8))
                .post("/api/imports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        admin().get("/api/imports/{id}", 999_999).then().statusCode(404).contentType("application/problem+json");
        admin().queryParam("outcome", "lost")
                .get("/api/imports/{id}/lines", 1)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM import_jobs"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM users"));
    }

    private String export(String email) {
        try (InputStream fixture = getClass().getResourceAsStream("/fixtures/dynprot-localstorage-export.json")) {
            ObjectNode export = (ObjectNode) json.readTree(fixture);
            ((ObjectNode) export.get("user"))
                    .put("email", email)
                    .put("username", email.trim().split("@")[0]);
            return json.writeValueAsString(export);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }

    private static ValidatableResponse submit(String ndjson, int batchSize) {
        return admin().contentType(BulkImportResource.NDJSON)
                .queryParam("batchSize", batchSize)
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/imports")
                .then();
    }

    private static ValidatableResponse awaitCompletion(long job) {
        return await(job, progress -> !"running".equals(progress.get("state")))
                .body("state", equalTo("completed"))
                .body("lastError", equalTo(null));
    }

    private static ValidatableResponse awaitLinesDone(long job, int lines) {
        return await(job, progress -> ((Number) progress.get("linesDone")).intValue() >= lines);
    }

    private static ValidatableResponse await(long job, java.util.function.Predicate<Map<String, Object>> done) {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (true) {
            ValidatableResponse response =
                    admin().get("/api/imports/{id}", job).then().statusCode(200);
            if (done.test(response.extract().jsonPath().getMap(""))) {
                return response;
            }
            response.body("linesDone", lessThan(Integer.MAX_VALUE));
            if (System.nanoTime() > deadline) {
                throw new AssertionError("bulk import " + job + " did not get there: "
                        + response.extract().asString());
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String mealsChecksum() {
        return ImportTestSql.single(
                dataSource, "SELECT md5(string_agg(m::text, '|' ORDER BY m.id)) FROM meal_entries m");
    }
}
