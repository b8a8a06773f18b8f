package io.fieldguide.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.validation.ValidationReport;
import io.fieldguide.migration.validation.ValidationService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's migrations 0001-0005 on a real PostgreSQL: all up and the schema valid, each undone
 * and applied again with the learners' data intact, and the guide's constraint test.
 */
@QuarkusTest
class LearningMigrationsTest {

    /** Learners, items and attempts, in a form that changes if any stored value changes. */
    private static final String FINGERPRINT =
            """
            SELECT (SELECT count(*) FROM users) || '/' || (SELECT count(*) FROM items) || '/'
                   || (SELECT count(*) FROM attempts) || '/'
                   || md5((SELECT string_agg(u::text, ',' ORDER BY u.email) FROM users u)
                       || (SELECT string_agg(i::text, ',' ORDER BY i.id) FROM items i)
                       || (SELECT string_agg(a::text, ',' ORDER BY a.id) FROM attempts a))""";

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @Inject
    RollbackService rollbacks;

    @Inject
    ValidationService validation;

    @BeforeEach
    void someLearnersWithHistory() {
        LearningTestData.reset(dataSource);
        LearningTestData.insertLearnersItemsAndAttempts(dataSource, 3, 5);
    }

    @AfterEach
    void fullyMigratedAgain() {
        RunOutcome outcome = migrate.migrate(null, false, "test");
        assertTrue(outcome.success(), () -> "migrate failed: " + outcome.firstFailure());
    }

    @Test
    void everyMigrationAppliedGivesTheSchemaTheGuideValidates() {
        ValidationReport report = validation.validate("test");
        assertTrue(report.valid(), () -> "findings: " + report.findings());
    }

    @Test
    void eachMigrationUndoesAndAppliesAgainKeepingEveryLearnerItemAndAttempt() {
        String before = fingerprint();

        rollBackTo("0004");
        assertFalse(TestSql.exists(dataSource, "user_preferences"));
        rollBackTo("0003");
        assertFalse(TestSql.exists(dataSource, "system_health"));
        rollBackTo("0002");
        assertEquals(
                0, TestSql.count(dataSource, "SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%set_updated_at'"));
        rollBackTo("0001");
        assertFalse(TestSql.exists(dataSource, "items_difficulty"));
        assertEquals(before, fingerprint(), "0005 to 0002 undone: no learner, item or attempt changed");

        RunOutcome again = migrate.migrate(null, false, "test");
        assertTrue(again.success(), () -> "migrate failed: " + again.firstFailure());
        assertEquals(before, fingerprint(), "and applied again: still unchanged");
        ValidationReport report = validation.validate("test");
        assertTrue(report.valid(), () -> "findings: " + report.findings());
    }

    @Test
    void theInitialSchemaUndoesToAnEmptyDatabaseAndAppliesAgain() {
        RunOutcome all = rollbacks.rollback(RollbackRequest.steps(5).acceptingDataLoss(), "test");
        assertTrue(all.success(), () -> "rollback failed: " + all.firstFailure());
        for (String gone : new String[] {"users", "items", "attempts", "attempts_default", "attempts_id_seq"}) {
            assertFalse(TestSql.exists(dataSource, gone), gone + " is gone");
        }
        assertEquals(
                0,
                TestSql.count(dataSource, "SELECT count(*) FROM pg_type WHERE typname IN ('user_role', 'item_kind')"));
    }

    @Test
    void theGuidesConstraintTestAnInvalidEmailIsRefused() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> statement.execute("INSERT INTO users (email, country_code) VALUES ('invalid-email', 'US')"));
            assertEquals("23514", refused.getSQLState(), refused::getMessage);
            assertTrue(refused.getMessage().contains("users_email_format"), refused::getMessage);
        }
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM users WHERE email = 'invalid-email'"));
    }

    private void rollBackTo(String version) {
        RunOutcome outcome = rollbacks.rollback(RollbackRequest.downTo(version).acceptingDataLoss(), "test");
        assertTrue(outcome.success(), () -> "rollback to " + version + " failed: " + outcome.firstFailure());
    }

    private String fingerprint() {
        return TestSql.text(dataSource, FINGERPRINT);
    }
}
