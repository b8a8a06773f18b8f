package io.fieldguide.it.protein;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bulk import on the packaged service, killed with SIGKILL midway through a large NDJSON file
 * and started again: the resumed job imports every line, and so every meal, exactly once (counts,
 * one per-user import row per line, and a checksum of every meal against the generated source).
 */
class BulkImportKillIT {

    private static final int USERS = 2_000;
    private static final int MEALS_PER_USER = 25;
    private static final String BAD_LINE = "{\"user\": {\"email\": \"broken@example.com\"}, \"meals\": \"none\"}";

    @Test
    void aJobKilledMidwayResumesAndImportsEveryRecordOnce() throws Exception {
        String token = adminToken();
        try (TestDatabase database = TestDatabase.start()) {
            long job;
            try (PackagedService service =
                    PackagedService.startOnDatabase(PackagedService.servicesDir(), "protein-tracker", database)) {
                service.awaitReady(Duration.ofSeconds(90));
                job = api(service, token)
                        .contentType("application/x-ndjson")
                        .body(ndjson().getBytes(StandardCharsets.UTF_8))
                        .post("/api/imports")
                        .then()
                        .statusCode(202)
                        .extract()
                        .jsonPath()
                        .getLong("id");
                JsonPath progress = awaitLines(service, token, job, USERS / 4);
                service.kill();
                assertTrue(progress.getInt("linesDone") < USERS, "killed before the end: " + progress.prettify());
            }
            long doneAtKill = single(database, "SELECT count(*) FROM import_lines WHERE outcome IS NOT NULL");
            assertTrue(doneAtKill > 0 && doneAtKill < USERS + 1, "killed midway, " + doneAtKill + " lines done");
            assertEquals(
                    doneAtKill, single(database, "SELECT count(*) FROM imports"), "a line's import commits with it");

            try (PackagedService service =
                    PackagedService.startOnDatabase(PackagedService.servicesDir(), "protein-tracker", database)) {
                assertEquals(200, firstReadinessAnswer(service), "ready at the first answer after the restart");
                JsonPath done = await(service, token, job, p -> !"running".equals(p.getString("state")));
                assertEquals("completed", done.getString("state"), done.prettify());
                assertEquals(USERS + 1, done.getInt("linesDone"));
                assertEquals(USERS, done.getInt("usersImported"));
                assertEquals(1, done.getInt("linesRejected"));
                assertEquals(USERS * MEALS_PER_USER, done.getInt("mealsImported"));

                api(service, token)
                        .get("/api/imports/{id}/verification", job)
                        .then()
                        .statusCode(200)
                        .body("verified", is(true))
                        .body("usersMatching", equalTo(USERS));
            }
            assertEquals(USERS, single(database, "SELECT count(*) FROM users"));
            assertEquals(USERS * MEALS_PER_USER, single(database, "SELECT count(*) FROM meal_entries"));
            assertEquals(USERS, single(database, "SELECT count(*) FROM imports"), "one import per line, never two");
            assertEquals(
                    0,
                    single(
                            database,
                            "SELECT count(*) FROM import_lines l WHERE l.outcome = 'imported' AND"
                                    + " (SELECT count(*) FROM meal_entries m WHERE m.user_id = l.user_id) <> "
                                    + MEALS_PER_USER));
            assertEquals(sourceChecksum(), text(database, MEALS_CHECKSUM));
        }
    }

    /** Every meal as the source wrote it, one line each, in a fixed order; the same text as {@link #meal}. */
    private static final String MEALS_CHECKSUM =
            """
            SELECT md5(string_agg(u.email || '|' || m.source_id || '|' || m.description || '|' || m.protein_grams
                || '|' || (extract(epoch FROM m.meal_timestamp) * 1000)::bigint, E'\\n' ORDER BY u.email, m.source_id))
            FROM meal_entries m JOIN users u ON u.id = m.user_id
            """;

    private static String ndjson() {
        StringBuilder file = new StringBuilder();
        for (int user = 0; user < USERS; user++) {
            if (user == USERS / 2) {
                file.append(BAD_LINE).append('\n');
            }
            file.append("{\"user\": {\"email\": \"")
                    .append(email(user))
                    .append("\"}, \"userSettings\": ")
                    .append("{\"timezone\": \"Europe/Lisbon\", \"dailyProteinGoal\": 120}, \"meals\": [");
            for (int meal = 0; meal < MEALS_PER_USER; meal++) {
                file.append(meal == 0 ? "" : ", ")
                        .append(String.format(
                                "{\"id\": \"%s\", \"description\": \"%s\", \"protein\": %s, \"calories\": 400,"
                                        + " \"timestamp\": %d, \"mealType\": \"lunch\"}",
                                id(meal), description(user, meal), protein(user, meal), time(user, meal)));
            }
            file.append("]}\n");
        }
        return file.toString();
    }

    private static String sourceChecksum() throws Exception {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            for (int meal = 0; meal < MEALS_PER_USER; meal++) {
                lines.add(meal(user, meal));
            }
        }
        lines.sort(null);
        byte[] digest = java.security.MessageDigest.getInstance("MD5")
                .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }

    private static String meal(int user, int meal) {
        return String.join(
                "|",
                email(user),
                id(meal),
                description(user, meal),
                protein(user, meal),
                Long.toString(time(user, meal)));
    }

    private static String email(int user) {
        return String.format("user%05d@example.com", user);
    }

    private static String id(int meal) {
        return String.format("m_%03d", meal);
    }

    private static String description(int user, int meal) {
        return "Meal " + meal + " of user " + user;
    }

    private static String protein(int user, int meal) {
        return (10 + (user + meal) % 40) + ".5";
    }

    /** One meal every 7 hours from 1 January 2024, so they spread over many days. */
    private static long time(int user, int meal) {
        return 1_704_067_200_000L + (meal * 7L + user % 24) * 3_600_000L;
    }

    private static RequestSpecification api(PackagedService service, String token) {
        return given().baseUri(service.uri("").toString()).header("Authorization", "Bearer " + token);
    }

    private static JsonPath awaitLines(PackagedService service, String token, long job, int lines)
            throws InterruptedException {
        return await(service, token, job, p -> p.getInt("linesDone") >= lines);
    }

    private static JsonPath await(
            PackagedService service, String token, long job, java.util.function.Predicate<JsonPath> reached)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath progress = api(service, token)
                    .get("/api/imports/{id}", job)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (reached.test(progress)) {
                return progress;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("bulk import " + job + " did not get there within 60 s");
    }

    /** Polls until the service answers at all, and returns readiness's first answer. */
    private static int firstReadinessAnswer(PackagedService service) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = service.uri("/q/health/ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (java.io.IOException notListeningYet) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the restarted service never answered: " + service.log());
    }

    private static long single(TestDatabase database, String sql) throws Exception {
        return Long.parseLong(text(database, sql));
    }

    private static String text(TestDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** Signed with the test-only key that {@link PackagedService#startOnDatabase} makes the service trust. */
    private static String adminToken() throws Exception {
        return Jwt.issuer("https://fieldguide.io")
                .upn("it-admin")
                .audience("protein-tracker")
                .groups(Set.of("migration-admin"))
                .expiresIn(Duration.ofMinutes(10))
                .sign(KeyUtils.readPrivateKey("test-keys/privateKey.pem"));
    }
}
