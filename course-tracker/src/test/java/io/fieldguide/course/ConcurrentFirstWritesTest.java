package io.fieldguide.course;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.course.user.Role;
import io.fieldguide.course.user.UserAccounts;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The idempotent PUTs hold when a user's first writes arrive together: real threads released at
 * once against the real PostgreSQL, every answer 200 and exactly one row.
 */
@QuarkusTest
class ConcurrentFirstWritesTest {

    private static final int PARALLEL = 16;
    private static final String PASSWORD = "a test-only password";

    @Inject
    UserAccounts accounts;

    @Inject
    DataSource dataSource;

    @Test
    void parallelFirstFavoritesOfOneCourseAllSucceedWithOneRow() throws Exception {
        long courseId = newCourse();
        String token = login("fav", Role.LEARNER);
        List<Integer> statuses = together(i -> given().auth()
                .oauth2(token)
                .put("/api/me/favorites/{id}", courseId)
                .statusCode());
        assertEquals(List.of(200), statuses.stream().distinct().toList(), "every parallel PUT answers 200");
        assertEquals(
                1,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM favorites f JOIN users u ON u.id = f.user_id" + " WHERE u.email = '"
                                + email("fav") + "'"));
    }

    @Test
    void parallelFirstPreferencesAllSucceedWithOneRow() throws Exception {
        String token = login("prefs", Role.LEARNER);
        List<Integer> statuses = together(i -> given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("theme", i % 2 == 0 ? "dark" : "system", "notificationsEnabled", i % 2 == 0))
                .put("/api/me/preferences")
                .statusCode());
        assertEquals(List.of(200), statuses.stream().distinct().toList(), "every parallel PUT answers 200");
        assertEquals(
                1,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM user_preferences p JOIN users u ON u.id = p.user_id"
                                + " WHERE u.email = '" + email("prefs") + "'"));
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String email(String name) {
        return name + "-" + run + "@example.com";
    }

    private long newCourse() {
        return given().auth()
                .oauth2(login("ines", Role.INSTRUCTOR))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Races " + run, "description", "Parallel first writes"))
                .post("/api/courses")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private String login(String name, String role) {
        accounts.create(email(name), PASSWORD, name, null, Set.of(role));
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email(name), "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("token");
    }

    /** Runs {@link #PARALLEL} calls released by one latch, so their first statements really overlap. */
    private static List<Integer> together(IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
