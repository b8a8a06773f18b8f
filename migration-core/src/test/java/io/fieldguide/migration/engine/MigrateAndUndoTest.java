package io.fieldguide.migration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.flyway.CoreSchema;
import io.fieldguide.migration.history.HistoryEntry;
import io.fieldguide.migration.history.RunHistory;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.status.MigrationStatus;
import io.fieldguide.migration.status.MigrationStatusService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MigrateAndUndoTest {

    @Inject
    MigrateService migrate;

    @Inject
    RollbackService undo;

    @Inject
    MigrationStatusService status;

    @Inject
    RunHistory history;

    @Inject
    CoreSchema coreSchema;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
    }

    @Test
    void statusOfAnEmptyDatabaseListsEveryMigrationAsPending() {
        MigrationStatus before = status.status();

        assertEquals(List.of(), before.appliedMigrations());
        assertEquals(
                List.of(
                        "1_create_widgets",
                        "2_add_widget_color",
                        "3_index_widget_name",
                        "4_Create_gadgets",
                        "5_widget_audit",
                        "6_unique_widget_names"),
                before.pendingMigrations());
        assertFalse(before.isUpToDate());
        assertEquals(null, before.lastMigration());
    }

    @Test
    void migrateToATargetStopsThere() {
        RunOutcome outcome = migrate.migrate("2", false, "tester");

        assertTrue(outcome.success());
        assertEquals(
                List.of("1_create_widgets", "2_add_widget_color"),
                outcome.steps().stream().map(step -> step.name()).toList());
        assertEquals("2_add_widget_color", status.status().lastMigration());
        assertTrue(TestSql.columnExists(dataSource, "widgets", "color"));
        assertFalse(TestSql.exists(dataSource, "widgets_name_idx"));
    }

    @Test
    void unknownTargetIsRejectedNamingIt() {
        InvalidRequestException e =
                assertThrows(InvalidRequestException.class, () -> migrate.migrate("99", false, "tester"));

        assertEquals("target", e.field());
        assertTrue(e.getMessage().contains("'99'"), e.getMessage());
        assertFalse(TestSql.exists(dataSource, "widgets"));
    }

    @Test
    void dryRunReturnsTheSqlAndChangesNothing() {
        RunOutcome outcome = migrate.migrate("2", true, "tester");

        assertTrue(outcome.dryRun());
        assertTrue(
                outcome.plannedSql().get(1).contains("ADD COLUMN color"),
                outcome.plannedSql().toString());
        assertFalse(TestSql.exists(dataSource, "widgets"));
    }

    @Test
    void twoConcurrentRunnersApplyEachMigrationOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<RunOutcome> run = () -> migrate.migrate(null, false, "racer");
        try {
            List<Future<RunOutcome>> outcomes = pool.invokeAll(List.of(run, run));
            int applied = 0;
            for (Future<RunOutcome> outcome : outcomes) {
                assertTrue(outcome.get().success(), outcome.get().toString());
                applied += outcome.get().steps().size();
            }
            assertEquals(6, applied, "the six migrations are applied once between the two runners");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                6, TestSql.count(dataSource, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL"));
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM widgets"), "V1's insert ran once");
        assertTrue(status.status().isUpToDate());
    }

    @Test
    void twoConcurrentRollbacksTakeTurnsInsteadOfUndoingTheSameMigrationTwice() throws Exception {
        migrate.migrate("4", false, "tester");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<RunOutcome> rollback = () -> undo.rollback(RollbackRequest.lastStep(), "racer");
        try {
            for (Future<RunOutcome> outcome : pool.invokeAll(List.of(rollback, rollback))) {
                assertTrue(outcome.get().success(), outcome.get().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("2_add_widget_color", status.status().lastMigration(), "V4, then V3: one step each");
        assertFalse(TestSql.exists(dataSource, "gadgets"));
        assertFalse(TestSql.exists(dataSource, "widgets_name_idx"));
    }

    @Test
    void aFailingMigrationLeavesTheSchemaAsItWasAndIsRecordedWithItsError() {
        migrate.migrate("5", false, "tester");
        DatabaseReset.execute(dataSource, "INSERT INTO widgets (name) VALUES ('twin'), ('twin')");

        RunOutcome outcome = migrate.migrate(null, false, "tester");

        assertFalse(outcome.success());
        assertEquals("6_unique_widget_names", outcome.firstFailure().name());
        assertTrue(
                outcome.firstFailure().errorMessage().contains("widgets_name_key"),
                outcome.firstFailure().errorMessage());
        assertFalse(TestSql.exists(dataSource, "widget_aliases"), "V6's first statement was rolled back with it");
        assertEquals(
                0, TestSql.count(dataSource, "SELECT count(*) FROM pg_constraint WHERE conname = 'widgets_name_key'"));
        MigrationStatus after = status.status();
        assertEquals("5_widget_audit", after.lastMigration());
        assertEquals(List.of("6_unique_widget_names"), after.pendingMigrations());
        HistoryEntry recorded = history.recent(1).get(0);
        assertEquals("6_unique_widget_names", recorded.name());
        assertFalse(recorded.success());
        assertTrue(recorded.errorMessage().contains("widgets_name_key"));
    }

    @Test
    void rollbackOfTheLastMigrationRunsItsUndoScript() {
        migrate.migrate(null, false, "tester");

        RunOutcome outcome = undo.rollback(RollbackRequest.lastStep(), "tester");

        assertTrue(outcome.success(), outcome.toString());
        assertEquals("6_unique_widget_names", outcome.steps().get(0).name());
        assertEquals(Direction.DOWN, outcome.steps().get(0).direction());
        assertFalse(TestSql.exists(dataSource, "widget_aliases"));
        assertEquals(List.of("6_unique_widget_names"), status.status().pendingMigrations());
    }

    @Test
    void rollbackDownToATargetUndoesJavaAndConcurrentMigrations() {
        migrate.migrate("4", false, "tester");

        RunOutcome outcome = undo.rollback(RollbackRequest.downTo("2_add_widget_color"), "tester");

        assertTrue(outcome.success(), outcome.toString());
        assertEquals(
                List.of("4_Create_gadgets", "3_index_widget_name"),
                outcome.steps().stream().map(step -> step.name()).toList());
        assertFalse(TestSql.exists(dataSource, "gadgets"));
        assertFalse(TestSql.exists(dataSource, "widgets_name_idx"));
        assertEquals("2_add_widget_color", status.status().lastMigration());

        RunOutcome again = migrate.migrate(null, false, "tester");
        assertTrue(again.success(), again.toString());
        assertTrue(TestSql.exists(dataSource, "gadgets"));
    }

    @Test
    void rollbackOfNStepsUndoesThatMany() {
        migrate.migrate("3", false, "tester");

        RunOutcome outcome = undo.rollback(RollbackRequest.steps(2), "tester");

        assertTrue(outcome.success(), outcome.toString());
        assertEquals("1_create_widgets", status.status().lastMigration());
        assertFalse(TestSql.columnExists(dataSource, "widgets", "color"));
    }

    @Test
    void rollbackAcrossAMigrationWithoutUndoIsRefusedNamingItAndChangesNothing() {
        migrate.migrate(null, false, "tester");

        RefusedException e =
                assertThrows(RefusedException.class, () -> undo.rollback(RollbackRequest.steps(2), "tester"));

        assertEquals("5_widget_audit", e.subject());
        assertTrue(e.getMessage().contains("U5__widget_audit.sql"), e.getMessage());
        assertTrue(TestSql.exists(dataSource, "widget_aliases"), "V6 was not undone either");
        assertEquals("6_unique_widget_names", status.status().lastMigration());
    }

    @Test
    void rollbackThatWouldLoseDataIsRefusedUnlessAccepted() {
        migrate.migrate("2", false, "tester");
        DatabaseReset.execute(dataSource, "UPDATE widgets SET color = 'teal'");

        RefusedException e =
                assertThrows(RefusedException.class, () -> undo.rollback(RollbackRequest.lastStep(), "tester"));

        assertEquals("2_add_widget_color", e.subject());
        assertTrue(e.getMessage().contains("1 values in widgets.color"), e.getMessage());
        assertTrue(TestSql.columnExists(dataSource, "widgets", "color"));

        RunOutcome accepted = undo.rollback(RollbackRequest.lastStep().acceptingDataLoss(), "tester");
        assertTrue(accepted.success());
        assertFalse(TestSql.columnExists(dataSource, "widgets", "color"));
    }

    @Test
    void rollbackWithBadStepsOrUnappliedTargetIsRejected() {
        migrate.migrate("2", false, "tester");

        assertEquals(
                "steps",
                assertThrows(InvalidRequestException.class, () -> undo.rollback(RollbackRequest.steps(0), "t"))
                        .field());
        assertEquals(
                "steps",
                assertThrows(InvalidRequestException.class, () -> undo.rollback(RollbackRequest.steps(3), "t"))
                        .field());
        assertEquals(
                "target",
                assertThrows(InvalidRequestException.class, () -> undo.rollback(RollbackRequest.downTo("4"), "t"))
                        .field());
        assertEquals(
                "target",
                assertThrows(InvalidRequestException.class, () -> undo.rollback(RollbackRequest.downTo("nope"), "t"))
                        .field());
        assertEquals("2_add_widget_color", status.status().lastMigration());
    }

    @Test
    void everyRunIsRecordedWithDirectionAndCaller() {
        migrate.migrate("2", false, "alice");
        undo.rollback(RollbackRequest.lastStep(), "bob");

        List<HistoryEntry> runs = history.recent(10);

        assertEquals(3, runs.size());
        HistoryEntry newest = runs.get(0);
        assertEquals("2_add_widget_color", newest.name());
        assertEquals(Direction.DOWN, newest.direction());
        assertEquals("bob", newest.triggeredBy());
        assertTrue(newest.success());
        assertEquals("alice", runs.get(2).triggeredBy());
        assertEquals(Direction.UP, runs.get(2).direction());
    }
}
