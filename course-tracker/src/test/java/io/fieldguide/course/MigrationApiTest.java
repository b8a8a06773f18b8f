package io.fieldguide.course;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.course.user.FullName;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The guide's workflow over HTTP on this service's real migrations: status, up, down one, down to a
 * named migration, up again, with the live schema and the data checked after every step. The steps
 * build on each other, so they run in order; the class leaves the schema fully migrated.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationApiTest {

    static final String INITIAL = "1734567890000_initial_database_setup";
    static final String NOTES = "1734567890001_episode_notes_favorites";
    static final String PREFERENCES = "1734567890002_add_user_preferences";
    static final String LAST_LOGIN = "1734567890003_add_users_last_login";
    static final String NOTES_INDEX = "1734567890004_add_episode_notes_user_index";
    static final String FULL_NAME = "1734567890005_add_users_full_name";
    static final String FULL_NAME_NOT_NULL = "1734567890006_users_full_name_not_null";
    static final List<String> ALL =
            List.of(INITIAL, NOTES, PREFERENCES, LAST_LOGIN, NOTES_INDEX, FULL_NAME, FULL_NAME_NOT_NULL);

    static final Set<String> FIRST_TABLES = Set.of("users", "user_roles", "courses", "episodes");
    static final Set<String> NOTES_TABLES = Set.of("episode_notes", "favorites");

    @Inject
    DataSource dataSource;

    LiveSchema schema;

    @BeforeAll
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        schema = new LiveSchema(dataSource);
    }

    @Inject
    MigrateService migrations;

    /** Whatever happened above, the next test class finds the schema it expects. */
    @AfterAll
    void leaveFullyMigrated() {
        migrations.migrate(null, false, "MigrationApiTest");
    }

    @Test
    @Order(1)
    void statusBeforeListsEveryMigrationAppliedAtStart() {
        status().body("status.appliedMigrations", equalTo(ALL))
                .body("status.pendingMigrations", empty())
                .body("status.lastMigration", equalTo(FULL_NAME_NOT_NULL))
                .body("status.isUpToDate", equalTo(true))
                .body("message", equalTo("Migration status retrieved successfully"));
    }

    @Test
    @Order(2)
    void rollingEverythingBackEmptiesTheSchema() {
        rollback(Map.of("target", "0", "allowDataLoss", true))
                .statusCode(200)
                .body("success", equalTo(true))
                .body(
                        "results.name",
                        equalTo(List.of(
                                FULL_NAME_NOT_NULL, FULL_NAME, NOTES_INDEX, LAST_LOGIN, PREFERENCES, NOTES, INITIAL)))
                .body("results.direction", everyItem(equalTo("down")))
                .body("results.success", everyItem(equalTo(true)));

        assertEquals(Set.of(), schema.tables());
        status().body("status.appliedMigrations", empty())
                .body("status.pendingMigrations", equalTo(ALL))
                .body("status.lastMigration", nullValue())
                .body("status.isUpToDate", equalTo(false));
    }

    @Test
    @Order(3)
    void upToANamedMigration() {
        migrate(Map.of("target", NOTES))
                .statusCode(200)
                .body("success", equalTo(true))
                .body("message", equalTo("Migrations applied successfully"))
                .body("results.name", equalTo(List.of(INITIAL, NOTES)))
                .body("results.direction", everyItem(equalTo("up")))
                .body("results[0].timestamp", startsWith("20"));

        assertEquals(union(FIRST_TABLES, NOTES_TABLES), schema.tables());
        assertEquals(
                Set.of("id", "email", "password_hash", "first_name", "last_name", "created_at"),
                schema.columns("users").keySet());
        assertEquals(
                Map.of(
                        "episode_notes_episode_id_fkey",
                        "FOREIGN KEY (episode_id) REFERENCES episodes(id) ON DELETE CASCADE",
                        "episode_notes_user_id_fkey",
                        "FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE"),
                schema.foreignKeys("episode_notes"));
        assertTrue(schema.indexes("episode_notes").containsKey("idx_episode_notes_episode_id"));
        assertTrue(schema.indexes("favorites").containsKey("idx_favorites_course_id"));
        status().body("status.lastMigration", equalTo(NOTES))
                .body("status.pendingMigrations", equalTo(ALL.subList(2, 7)));

        seedTheGuidesData();
    }

    /** Users as the guide's data has them, some without a first or last name; one note. */
    private void seedTheGuidesData() {
        DatabaseReset.execute(
                dataSource,
                """
                INSERT INTO users (email, password_hash, first_name, last_name) VALUES
                    ('ann@example.com', 'x', 'Ann', 'Smith'),
                    ('bo@example.com', 'x', 'Bo', NULL),
                    ('cy@example.com', 'x', NULL, NULL);
                INSERT INTO courses (title) VALUES ('PostgreSQL migrations');
                INSERT INTO episodes (course_id, episode_number, title) SELECT id, 1, 'Up and down' FROM courses;
                INSERT INTO episode_notes (user_id, episode_id, content)
                    SELECT u.id, e.id, 'Keep this note' FROM users u, episodes e WHERE u.email = 'ann@example.com'
                """);
    }

    @Test
    @Order(4)
    void upAppliesTheRestJavaAndSqlAlike() {
        migrate(Map.of())
                .statusCode(200)
                .body(
                        "results.name",
                        equalTo(List.of(PREFERENCES, LAST_LOGIN, NOTES_INDEX, FULL_NAME, FULL_NAME_NOT_NULL)))
                .body("results.success", everyItem(equalTo(true)));

        assertFullyMigratedSchema();
        assertFullNamesDerived();
        status().body("status.isUpToDate", equalTo(true)).body("status.pendingMigrations", empty());
    }

    @Test
    @Order(5)
    void dryRunShowsTheUndoSqlAndChangesNothing() {
        rollback(Map.of("steps", 3, "dryRun", true))
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("results.name", equalTo(List.of(FULL_NAME_NOT_NULL, FULL_NAME, NOTES_INDEX)))
                .body("sql[0]", org.hamcrest.Matchers.containsString("ALTER COLUMN full_name DROP NOT NULL"))
                .body("sql[1]", org.hamcrest.Matchers.containsString("ALTER TABLE users DROP COLUMN full_name"))
                .body(
                        "sql[2]",
                        org.hamcrest.Matchers.containsString(
                                "DROP INDEX CONCURRENTLY IF EXISTS idx_episode_notes_user_updated"));
        migrate(Map.of("dryRun", true)).statusCode(200).body("results", empty());
        // A Java migration's dry run shows its statements too, not just its name.
        rollback(Map.of("steps", 4, "dryRun", true, "allowDataLoss", true))
                .statusCode(200)
                .body("sql[3]", org.hamcrest.Matchers.containsString("DROP COLUMN last_login"))
                .body("sql[3]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("-- Java migration")));

        assertFullyMigratedSchema();
        status().body("status.appliedMigrations", equalTo(ALL));
    }

    @Test
    @Order(6)
    void downOneMakesFullNameNullableAndRestoresTheUnvalidatedCheck() {
        rollback(Map.of())
                .statusCode(200)
                .body("results.name", contains(FULL_NAME_NOT_NULL))
                .body("results[0].direction", equalTo("down"));

        assertEquals("text NULL", schema.columns("users").get("full_name"));
        assertTrue(schema.checks("users").contains("users_full_name_not_null"), "V5's NOT VALID check is back");
        assertEquals(List.of("Ann Smith", "Bo", "cy"), schema.strings("SELECT full_name FROM users ORDER BY email"));
        status().body("status.lastMigration", equalTo(FULL_NAME))
                .body("status.pendingMigrations", contains(FULL_NAME_NOT_NULL));
    }

    @Test
    @Order(7)
    void downOneMoreDropsFullNameAndKeepsTheNames() {
        rollback(Map.of())
                .statusCode(200)
                .body("results.name", contains(FULL_NAME))
                .body("results[0].direction", equalTo("down"));

        assertFalse(schema.columns("users").containsKey("full_name"));
        assertFalse(schema.checks("users").contains("users_full_name_not_null"));
        assertEquals(
                List.of("ann@example.com Ann Smith", "bo@example.com Bo null", "cy@example.com null null"),
                schema.strings(
                        "SELECT email || ' ' || coalesce(first_name, 'null') || ' ' || coalesce(last_name, 'null')"
                                + " FROM users ORDER BY email"));
        status().body("status.lastMigration", equalTo(NOTES_INDEX))
                .body("status.pendingMigrations", contains(FULL_NAME, FULL_NAME_NOT_NULL));
        validate()
                .body("valid", equalTo(false))
                .body("findings.kind", contains("missing"))
                .body("findings.name", contains("users.full_name"));
    }

    /** The guide's "relation already exists": a column made by hand makes the migration fail, as a whole. */
    @Test
    @Order(8)
    void aFailingMigrationIs500AndIsRolledBack() {
        DatabaseReset.execute(dataSource, "ALTER TABLE users ADD COLUMN full_name varchar(10)");

        migrate(Map.of())
                .statusCode(500)
                .contentType("application/problem+json")
                .body("success", equalTo(false))
                .body("results.name", contains(FULL_NAME))
                .body("results[0].success", equalTo(false))
                .body("detail", org.hamcrest.Matchers.containsString("already exists"));

        assertEquals("character varying(10) NULL", schema.columns("users").get("full_name"));
        assertTrue(schema.checks("users").stream().noneMatch(name -> name.startsWith("users_full_name")));
        status().body("status.lastMigration", equalTo(NOTES_INDEX))
                .body("status.pendingMigrations", contains(FULL_NAME, FULL_NAME_NOT_NULL))
                .body("status.failedMigrations", empty());
        DatabaseReset.execute(dataSource, "ALTER TABLE users DROP COLUMN full_name");
    }

    @Test
    @Order(9)
    void downToANamedMigrationIsRefusedWhileItWouldLoseDataAndChangesNothing() {
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO user_preferences (user_id, theme) SELECT id, 'dark' FROM users WHERE email = 'ann@example.com'");

        rollback(Map.of("target", NOTES))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("subject", equalTo(PREFERENCES))
                .body("detail", org.hamcrest.Matchers.containsString("1 rows in user_preferences"));

        assertTrue(schema.tables().contains("user_preferences"));
        assertTrue(schema.indexes("episode_notes").containsKey("idx_episode_notes_user_updated"));
        status().body("status.lastMigration", equalTo(NOTES_INDEX));
    }

    @Test
    @Order(10)
    void downToANamedMigrationAcceptingTheLoss() {
        rollback(Map.of("target", NOTES, "allowDataLoss", true))
                .statusCode(200)
                .body("results.name", equalTo(List.of(NOTES_INDEX, LAST_LOGIN, PREFERENCES)))
                .body("results.direction", everyItem(equalTo("down")));

        assertEquals(union(FIRST_TABLES, NOTES_TABLES), schema.tables());
        assertFalse(schema.columns("users").containsKey("last_login"));
        assertFalse(schema.indexes("episode_notes").containsKey("idx_episode_notes_user_updated"));
        assertEquals(3, TestSql.count(dataSource, "SELECT count(*) FROM users"));
        assertEquals(
                List.of("Keep this note"),
                schema.strings("SELECT content FROM episode_notes"),
                "undoing later migrations keeps the notes");
        status().body("status.lastMigration", equalTo(NOTES))
                .body("status.pendingMigrations", equalTo(ALL.subList(2, 7)));
    }

    @Test
    @Order(11)
    void upAgainRestoresTheSchemaAndRecomputesFullName() {
        migrate(Map.of())
                .statusCode(200)
                .body(
                        "results.name",
                        equalTo(List.of(PREFERENCES, LAST_LOGIN, NOTES_INDEX, FULL_NAME, FULL_NAME_NOT_NULL)));

        assertFullyMigratedSchema();
        assertFullNamesDerived();
        assertEquals(List.of("Keep this note"), schema.strings("SELECT content FROM episode_notes"));
        status().body("status.appliedMigrations", equalTo(ALL))
                .body("status.lastMigration", equalTo(FULL_NAME_NOT_NULL))
                .body("status.isUpToDate", equalTo(true));
    }

    @Test
    @Order(12)
    void theLiveSchemaMatchesTheDeclaredOne() {
        validate().body("valid", equalTo(true)).body("findings", empty());
    }

    @Test
    @Order(13)
    void theRunsAreInTheHistory() {
        given().auth()
                .oauth2(TestTokens.reader())
                .when()
                .get("/api/migrations/history?limit=50")
                .then()
                .statusCode(200)
                .body("runs.name", hasItem(FULL_NAME))
                .body("runs.triggeredBy", hasItem("ada-admin"));
    }

    private void assertFullyMigratedSchema() {
        assertEquals(union(union(FIRST_TABLES, NOTES_TABLES), Set.of("user_preferences")), schema.tables());
        Map<String, String> preferences = schema.columns("user_preferences");
        assertEquals("character varying(20) NOT NULL 'light'::character varying", preferences.get("theme"));
        assertEquals("boolean NOT NULL true", preferences.get("notifications_enabled"));
        assertEquals("uuid NOT NULL", preferences.get("user_id"));
        assertEquals(
                "valid CREATE UNIQUE INDEX idx_user_preferences_user_id ON public.user_preferences USING btree (user_id)",
                schema.indexes("user_preferences").get("idx_user_preferences_user_id"));
        assertEquals(
                Map.of("fk_user_preferences_user_id", "FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE"),
                schema.foreignKeys("user_preferences"));
        assertEquals("timestamp with time zone NULL", schema.columns("users").get("last_login"));
        assertEquals("text NOT NULL", schema.columns("users").get("full_name"));
        assertFalse(schema.checks("users").contains("users_full_name_not_null"), "the helper CHECK is dropped");
        assertEquals(
                "valid CREATE INDEX idx_episode_notes_user_updated ON public.episode_notes USING btree (user_id, updated_at DESC)",
                schema.indexes("episode_notes").get("idx_episode_notes_user_updated"));
    }

    /** The guide's UPDATE would leave Bo and Cy NULL and its SET NOT NULL would fail; here all get a name. */
    private void assertFullNamesDerived() {
        for (List<String> row : schema.rows("SELECT email, first_name, last_name, full_name FROM users")) {
            assertEquals(FullName.of(row.get(1), row.get(2), row.get(0)), row.get(3), row.get(0));
        }
        assertEquals(List.of("Ann Smith", "Bo", "cy"), schema.strings("SELECT full_name FROM users ORDER BY email"));
    }

    static ValidatableResponse status() {
        return given().auth()
                .oauth2(TestTokens.reader())
                .when()
                .get("/api/migrations")
                .then()
                .statusCode(200);
    }

    static ValidatableResponse validate() {
        return given().auth()
                .oauth2(TestTokens.reader())
                .when()
                .get("/api/migrations/validate")
                .then()
                .statusCode(200);
    }

    static ValidatableResponse migrate(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/migrations")
                .then();
    }

    static ValidatableResponse rollback(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/migrations/rollback")
                .then();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
