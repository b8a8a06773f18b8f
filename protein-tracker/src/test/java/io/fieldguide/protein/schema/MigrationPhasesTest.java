package io.fieldguide.protein.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's phases in order, each applied to a database holding the previous phase's data
 * (whose counts and checksums must not change), then undone and applied again. The last versions
 * of the phases: before = 1, phase 1 = 2.4, phase 2 = 3, phase 3 = 4.2, phase 4 = 5.
 */
@QuarkusTest
class MigrationPhasesTest {

    private static final String BEFORE = "1";
    private static final String PHASE_1 = "2.4";
    private static final String PHASE_2 = "3";
    private static final String PHASE_3 = "4.2";
    private static final String PHASE_4 = "5";

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @Inject
    RollbackService undo;

    @BeforeEach
    void empty() {
        rollBackTo("0", true);
        DatabaseReset.clearCoreRecords(dataSource);
    }

    @AfterEach
    void fullyMigratedAndEmptyAgain() {
        rollBackTo("0", true);
        migrateTo(null);
    }

    @Test
    void eachPhaseKeepsThePreviousPhasesDataAndUndoesOnItsOwn() {
        migrateTo(BEFORE);
        TableChecksums.execute(dataSource, PhaseData.BEFORE);
        Map<String, String> before = TableChecksums.of(dataSource, PhaseData.beforeTables());

        // Phase 1 on the Prisma release's users.
        migrateTo(PHASE_1);
        assertEquals(before, TableChecksums.of(dataSource, PhaseData.beforeTables()));
        assertEquals(
                3, count("SELECT count(*) FROM users WHERE email_verified AND has_completed_onboarding AND is_active"));
        assertEquals(
                3,
                count("SELECT count(*) FROM user_profiles p JOIN users u ON u.id = p.user_id"
                        + " AND p.created_at = u.created_at AND p.updated_at = u.updated_at"));
        TableChecksums.execute(dataSource, PhaseData.PHASE_1);
        Map<String, String> phase1 = TableChecksums.of(dataSource, PhaseData.phase1Tables());
        undoAndReapply(BEFORE, PHASE_1, before, PhaseData.beforeTables(), "meal_entries");
        TableChecksums.execute(dataSource, PhaseData.PHASE_1);
        assertEquals(phase1, TableChecksums.of(dataSource, PhaseData.phase1Tables()));

        // Phase 2 (the import's bookkeeping) on phase 1's data.
        migrateTo(PHASE_2);
        assertEquals(phase1, TableChecksums.of(dataSource, PhaseData.phase1Tables()));
        TableChecksums.execute(dataSource, PhaseData.PHASE_2);
        Map<String, String> phase2 = TableChecksums.of(dataSource, PhaseData.phase2Tables());
        undoAndReapply(PHASE_1, PHASE_2, phase1, PhaseData.phase1Tables(), "imports");
        TableChecksums.execute(dataSource, PhaseData.PHASE_2);
        assertEquals(phase2, TableChecksums.of(dataSource, PhaseData.phase2Tables()));

        // Phase 3 on phase 2's data: the summaries of the meals already there are filled.
        migrateTo(PHASE_3);
        assertEquals(phase2, TableChecksums.of(dataSource, PhaseData.phase2Tables()));
        assertEquals(
                "ckana0000000000000000001 2024-03-02 60.5 800.0 2;ckana0000000000000000001 2024-03-03 21.0 0.0 1;"
                        + "ckbob0000000000000000002 2024-03-02 30.0 160.0 1",
                summaries());
        TableChecksums.execute(dataSource, PhaseData.PHASE_3);
        Map<String, String> phase3 = TableChecksums.of(dataSource, PhaseData.phase3Tables());
        // The summaries are derived: undoing them alone loses nothing and needs no permission.
        assertTrue(undo.rollback(RollbackRequest.downTo("4"), "test").success());
        assertEquals(phase2, TableChecksums.of(dataSource, PhaseData.phase2Tables()));
        undoAndReapply(PHASE_2, PHASE_3, phase2, PhaseData.phase2Tables(), "meal_analyses");
        TableChecksums.execute(dataSource, PhaseData.PHASE_3);
        assertEquals(phase3, TableChecksums.of(dataSource, PhaseData.phase3Tables()));

        // Phase 4 on phase 3's data.
        migrateTo(PHASE_4);
        assertEquals(phase3, TableChecksums.of(dataSource, PhaseData.phase3Tables()));
        TableChecksums.execute(dataSource, PhaseData.PHASE_4);
        Map<String, String> phase4 = TableChecksums.of(dataSource, PhaseData.phase4Tables());
        undoAndReapply(PHASE_3, PHASE_4, phase3, PhaseData.phase3Tables(), "activity_logs");
        TableChecksums.execute(dataSource, PhaseData.PHASE_4);
        assertEquals(phase4, TableChecksums.of(dataSource, PhaseData.phase4Tables()));
    }

    @Test
    void aUserTheOldReleaseCreatesAfterPhase1StartsUnverifiedAndWithoutAProfile() {
        migrateTo(PHASE_1);
        TableChecksums.execute(
                dataSource,
                "INSERT INTO users (id, email, username, password) VALUES ('cknew', 'new@example.com', 'new', 'x')");
        assertEquals(
                "f f t 0",
                TableChecksums.single(
                        dataSource,
                        "SELECT u.email_verified::text::char || ' ' || u.has_completed_onboarding::text::char || ' '"
                                + " || u.is_active::text::char || ' ' || (SELECT count(*) FROM user_profiles)"
                                + " FROM users u WHERE id = 'cknew'"));
    }

    /**
     * Undoes {@code phase} down to {@code previous}: refused while the phase's own tables hold data
     * ({@code guardedTable} named in the refusal), done when the loss is accepted, and the previous
     * phase's data is exactly what it was, then again after the phase is applied again.
     */
    private void undoAndReapply(
            String previous,
            String phase,
            Map<String, String> expected,
            Map<String, String> tables,
            String guardedTable) {
        RefusedException refused =
                assertThrows(RefusedException.class, () -> undo.rollback(RollbackRequest.downTo(previous), "test"));
        assertTrue(refused.getMessage().contains(guardedTable), refused::getMessage);
        assertEquals(expected, TableChecksums.of(dataSource, tables), "a refused undo changed data");

        rollBackTo(previous, true);
        assertEquals(expected, TableChecksums.of(dataSource, tables), "undoing phase " + phase);
        migrateTo(phase);
        assertEquals(expected, TableChecksums.of(dataSource, tables), "applying phase " + phase + " again");
    }

    private String summaries() {
        return TableChecksums.single(
                dataSource,
                "SELECT string_agg(user_id || ' ' || summary_date || ' ' || total_protein_grams || ' ' || total_calories"
                        + " || ' ' || meal_count, ';' ORDER BY user_id, summary_date) FROM daily_summaries");
    }

    private long count(String sql) {
        return TestSql.count(dataSource, sql);
    }

    private void migrateTo(String target) {
        RunOutcome outcome = migrate.migrate(target, false, "test");
        assertTrue(outcome.success(), () -> "migrate to " + target + " failed: " + outcome.firstFailure());
    }

    private void rollBackTo(String target, boolean acceptingDataLoss) {
        RollbackRequest request = RollbackRequest.downTo(target);
        RunOutcome outcome = undo.rollback(acceptingDataLoss ? request.acceptingDataLoss() : request, "test");
        assertTrue(outcome.success(), () -> "rollback to " + target + " failed: " + outcome.firstFailure());
    }
}
