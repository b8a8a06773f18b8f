package io.fieldguide.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What 0001, 0003 and 0004 built: partitions, the integrity triggers and the monitoring views. */
@QuarkusTest
class LearningSchemaObjectsTest {

    private static final int THIS_YEAR = Year.now(ZoneOffset.UTC).getValue();

    @Inject
    DataSource dataSource;

    @BeforeEach
    void someLearnersWithHistory() {
        LearningTestData.reset(dataSource);
        LearningTestData.insertLearnersItemsAndAttempts(dataSource, 2, 4);
    }

    @Test
    void attemptsLandInTheirYearsPartitionAndAnUncoveredDateInTheDefault() {
        assertEquals(8, TestSql.count(dataSource, partitionCount("attempts_" + THIS_YEAR)));
        insertAttempt("1999-06-01T00:00:00Z");
        assertEquals(1, TestSql.count(dataSource, partitionCount("attempts_default")));
        assertEquals(9, TestSql.count(dataSource, "SELECT count(*) FROM attempts"));
    }

    @Test
    void theNextYearsPartitionExistsAheadOfTimeAndTheJobAddsMissingYearsOnce() {
        assertTrue(TestSql.exists(dataSource, "attempts_" + (THIS_YEAR + 1)), "created by 0001, a year ahead");
        String later = (THIS_YEAR + 5) + "-03-01T00:00:00Z";
        assertEquals(
                "attempts_" + (THIS_YEAR + 5) + ",attempts_" + (THIS_YEAR + 6),
                TestSql.text(
                        dataSource,
                        "SELECT string_agg(p, ',' ORDER BY p) FROM ensure_attempt_partitions('" + later
                                + "') AS created(p)"));
        assertEquals(
                0,
                TestSql.count(dataSource, "SELECT count(*) FROM ensure_attempt_partitions('" + later + "')"),
                "a second run finds nothing missing");
        insertAttempt(later);
        assertEquals(1, TestSql.count(dataSource, partitionCount("attempts_" + (THIS_YEAR + 5))));
        DatabaseReset.execute(dataSource, "DROP TABLE attempts_" + (THIS_YEAR + 5) + ", attempts_" + (THIS_YEAR + 6));
    }

    @Test
    void aYearWhoseAttemptsWaitInTheDefaultPartitionIsRefusedAndNothingChanges() {
        insertAttempt("1990-06-01T00:00:00Z");
        assertThrows(
                IllegalStateException.class,
                () -> TestSql.count(dataSource, "SELECT count(*) FROM ensure_attempt_partitions('1990-01-01', 0)"));
        assertFalse(TestSql.exists(dataSource, "attempts_1990"), "no partition was created");
        assertEquals(1, TestSql.count(dataSource, partitionCount("attempts_default")));
    }

    @Test
    void itemCountsFollowTheAttemptsInsertedByOneStatementOrMany() {
        // Four items, two learners: each item answered twice, items with even ids correctly.
        assertEquals(8, TestSql.count(dataSource, "SELECT sum(attempt_count) FROM items"));
        assertEquals(4, TestSql.count(dataSource, "SELECT sum(correct_count) FROM items"));
        insertAttempt(THIS_YEAR + "-02-01T00:00:00Z");
        assertEquals(9, TestSql.count(dataSource, "SELECT sum(attempt_count) FROM items"));
        assertEquals(
                0,
                TestSql.count(
                        dataSource,
                        """
                        SELECT count(*) FROM items i WHERE attempt_count <> (SELECT count(*) FROM attempts a WHERE a.item_id = i.id)
                            OR correct_count <> (SELECT count(*) FROM attempts a WHERE a.item_id = i.id AND a.correct)"""));
    }

    @Test
    void anUpdateSetsUpdatedAt() {
        DatabaseReset.execute(dataSource, "UPDATE users SET updated_at = '2000-01-01', display_name = 'x'");
        DatabaseReset.execute(dataSource, "UPDATE users SET display_name = 'renamed'");
        assertEquals(
                0,
                TestSql.count(dataSource, "SELECT count(*) FROM users WHERE updated_at < now() - interval '1 minute'"));
    }

    @Test
    void everyMonitoringViewAnswers() throws Exception {
        assertTrue(TestSql.count(dataSource, "SELECT count(*) FROM table_sizes WHERE table_name = 'items'") == 1);
        assertTrue(TestSql.count(dataSource, "SELECT count(*) FROM index_usage WHERE index_name = 'items_difficulty'")
                == 1);
        assertTrue(TestSql.count(dataSource, "SELECT sum(connections) FROM connection_stats") >= 1);
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM system_health WHERE database_bytes > 0"));
        assertSlowQueriesShowsAStatementStillRunning();
    }

    /** Without pg_stat_statements (the test server has none), the statements running now. */
    private void assertSlowQueriesShowsAStatementStillRunning() throws Exception {
        CompletableFuture<Void> sleeper = CompletableFuture.runAsync(
                () -> DatabaseReset.execute(dataSource, "SELECT pg_sleep(3) /* slow-query-probe */"));
        try {
            long seen = 0;
            for (int attempt = 0; attempt < 50 && seen == 0; attempt++) {
                Thread.sleep(50);
                seen = TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM slow_queries WHERE source = 'pg_stat_activity'"
                                + " AND query LIKE '%slow-query-probe%' AND mean_ms >= 0");
            }
            assertEquals(1, seen, "the running pg_sleep is listed");
        } finally {
            sleeper.get();
        }
    }

    private void insertAttempt(String attemptedAt) {
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO attempts (user_id, item_id, correct, attempted_at)"
                        + " SELECT (SELECT id FROM users LIMIT 1), (SELECT min(id) FROM items), true, '" + attemptedAt
                        + "'");
    }

    private static String partitionCount(String partition) {
        return "SELECT count(*) FROM attempts WHERE tableoid = '" + partition + "'::regclass";
    }
}
