package io.fieldguide.migration.javamigration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Java migration (a column rename) applied and rolled back through the services the HTTP API
 * calls, while threads of the release that knows only the old column name keep reading, inserting
 * and updating: no statement fails, every row is kept with its value, and the longest statement of
 * any writer (the stall the migration caused) is reported.
 */
@QuarkusTest
@TestProfile(JavaMigrationUnderLoadTest.WithTheRename.class)
class JavaMigrationUnderLoadTest {

    public static class WithTheRename implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.locations", "db/testschema,db/renamedemo");
        }
    }

    private static final int ROWS = 50_000;

    /** The rows the writers never touch, in one checksum under a column name. */
    private static final String UNTOUCHED =
            "SELECT md5(string_agg(id || ':' || %s, ',' ORDER BY id)) FROM gadgets WHERE id <= " + ROWS / 2;

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @Inject
    RollbackService rollback;

    @BeforeEach
    void fiftyThousandGadgetsAtVersionSix() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        assertTrue(migrate.migrate("6", false, "tester").success());
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO gadgets (widget_id, label) SELECT 1, 'gadget ' || g FROM generate_series(1, " + ROWS
                        + ") g");
    }

    @Test
    void theRenameIsAppliedAndRolledBackWhileTheOldReleaseKeepsWriting() throws Exception {
        String untouched = TestSql.text(dataSource, UNTOUCHED.formatted("label"));
        AtomicLong inserted = new AtomicLong();
        long upMillis;
        long downMillis;
        BusyTable oldRelease = oldRelease(inserted);
        try (oldRelease) {
            oldRelease.awaitStatements(300);

            long start = System.nanoTime();
            RunOutcome up = migrate.migrate(null, false, "tester");
            upMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(up.success(), up.toString());
            assertEquals("7_Rename_gadget_label", up.steps().get(0).name());
            oldRelease.awaitStatements(300);
            assertEquals(
                    untouched, TestSql.text(dataSource, UNTOUCHED.formatted("title")), "copied under the new name");
            assertEquals(
                    0, TestSql.count(dataSource, "SELECT count(*) FROM gadgets WHERE title IS DISTINCT FROM label"));

            start = System.nanoTime();
            RunOutcome down = rollback.rollback(RollbackRequest.lastStep(), "tester");
            downMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(down.success(), down.toString() + " (the old column keeps every value: no data-loss refusal)");
            oldRelease.awaitStatements(300);
        }
        assertEquals(List.of(), oldRelease.failures(), "no statement of the old release failed");
        assertFalse(TestSql.columnExists(dataSource, "gadgets", "title"));
        assertEquals(
                ROWS + inserted.get(), TestSql.count(dataSource, "SELECT count(*) FROM gadgets"), "every row kept");
        assertEquals(untouched, TestSql.text(dataSource, UNTOUCHED.formatted("label")), "every value kept");
        System.out.printf(
                "Java migration under load: rename up %d ms, down %d ms over %d rows; %d statements by the old"
                        + " release, none failed; longest statement %d ms%n",
                upMillis, downMillis, ROWS, oldRelease.statements(), oldRelease.longestStatementMillis());
    }

    /** Reads, inserts and updates by the old column name; updates only the upper half of the rows. */
    private BusyTable oldRelease(AtomicLong inserted) {
        return new BusyTable(dataSource)
                .repeat("reader", (connection, n) -> {
                    try (PreparedStatement read =
                            connection.prepareStatement("SELECT label FROM gadgets WHERE id = ?")) {
                        read.setLong(1, 1 + n % ROWS);
                        try (ResultSet row = read.executeQuery()) {
                            row.next();
                        }
                    }
                })
                .repeat("inserter", (connection, n) -> {
                    execute(connection, "INSERT INTO gadgets (widget_id, label) VALUES (1, 'live ' || ?)", n);
                    inserted.incrementAndGet();
                })
                .repeat(
                        "updater",
                        (connection, n) -> execute(
                                connection,
                                "UPDATE gadgets SET label = 'edited ' || ? WHERE id = ?",
                                n,
                                ROWS / 2 + 1 + n % (ROWS / 2)));
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
