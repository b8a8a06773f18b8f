package io.fieldguide.migration.lint;

import static io.fieldguide.migration.lint.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements that block a busy table although a gentler form exists: require-concurrent-reindex,
 * require-concurrent-partition-detach, prefer-repack, and a VALIDATE CONSTRAINT in the transaction
 * that added the constraint NOT VALID (constraint-missing-not-valid). Each both ways.
 */
class BlockingCommandRulesTest {

    private static final String TIMEOUT = "SET LOCAL lock_timeout = '5s';\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "REINDEX INDEX feeding_records_time_idx;                 | require-concurrent-reindex@2",
                "REINDEX (VERBOSE) TABLE feeding_records;                | require-concurrent-reindex@2",
                "REINDEX (CONCURRENTLY false) TABLE feeding_records;     | require-concurrent-reindex@2",
                "ALTER TABLE readings DETACH PARTITION readings_2023;    | require-concurrent-partition-detach@2",
                "CLUSTER lots USING lots_pkey;                           | prefer-repack@2",
            })
    void flagged(String statement, String expected) {
        assertEquals(List.of(expected), lint(TIMEOUT + statement));
    }

    /** VACUUM runs outside a transaction, so Flyway would refuse a SET next to it: these scripts hold it alone. */
    @Test
    void vacuumFullIsFlaggedAndPlainVacuumIsNot() {
        assertEquals(List.of("prefer-repack@1", "require-lock-timeout@1"), lint("VACUUM FULL lots;"));
        assertEquals(List.of("prefer-repack@1"), lint("VACUUM (FULL, ANALYZE) lots;"));
        assertEquals(List.of(), lint("VACUUM (ANALYZE) lots;"));
        assertEquals(List.of(), lint("VACUUM (FULL false) lots;"));
    }

    @Test
    void systemCatalogsCannotBeReindexedConcurrentlySoOnlyTheLockTimeoutIsAsked() {
        assertEquals(List.of("require-lock-timeout@1"), lint("REINDEX SYSTEM fieldguide;"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ALTER TABLE readings DETACH PARTITION readings_2023 FINALIZE;",
                "ALTER TABLE lots CLUSTER ON lots_pkey;",
            })
    void accepted(String statement) {
        assertEquals(List.of(), lint(TIMEOUT + statement));
    }

    @Test
    void reindexAndClusterOfATableCreatedInTheScriptAreAccepted() {
        assertEquals(
                List.of(),
                lint(
                        """
                SET LOCAL lock_timeout = '5s';
                CREATE TABLE scratch (id bigint PRIMARY KEY);
                CREATE INDEX scratch_idx ON scratch (id);
                REINDEX INDEX scratch_idx;
                REINDEX TABLE scratch;
                CLUSTER scratch USING scratch_idx;"""));
    }

    @Test
    void concurrentFormsAreLeftToTheTransactionRule() {
        // They cannot run in Flyway's transaction, which ban-concurrent-index-in-transaction reports.
        assertEquals(
                List.of("ban-concurrent-index-in-transaction@1"),
                lint("REINDEX INDEX CONCURRENTLY feeding_records_time_idx;"));
        assertEquals(
                List.of("ban-concurrent-index-in-transaction@1"),
                lint("ALTER TABLE readings DETACH PARTITION readings_2023 CONCURRENTLY;"));
    }

    @Test
    void validateInTheTransactionThatAddedTheConstraintNotValidIsFlagged() {
        assertEquals(
                List.of("constraint-missing-not-valid@4"),
                lint(
                        """
                SET LOCAL lock_timeout = '5s';
                ALTER TABLE feedings ADD CONSTRAINT feedings_amount_positive CHECK (amount_ml > 0) NOT VALID;
                ALTER TABLE feedings
                    VALIDATE CONSTRAINT feedings_amount_positive;"""));
        assertEquals(
                List.of("constraint-missing-not-valid@3"),
                lint(
                        """
                SET LOCAL lock_timeout = '5s';
                ALTER TABLE lots ADD CONSTRAINT lots_run_fk FOREIGN KEY (run_id) REFERENCES runs (id) NOT VALID;
                ALTER TABLE lots VALIDATE CONSTRAINT lots_run_fk;"""));
    }

    @Test
    void validateOfAConstraintAddedByAnEarlierMigrationIsAccepted() {
        assertEquals(List.of(), lint(TIMEOUT + "ALTER TABLE feedings VALIDATE CONSTRAINT feedings_amount_positive;"));
        assertEquals(
                List.of("constraint-missing-not-valid@3"),
                lint(
                        TIMEOUT
                                + "ALTER TABLE feedings ADD CONSTRAINT other CHECK (amount_ml < 5000) NOT VALID;\n"
                                + "ALTER TABLE feedings VALIDATE CONSTRAINT other, VALIDATE CONSTRAINT feedings_amount_positive;"),
                "only the constraint added here counts");
    }

    @Test
    void validateOnATableCreatedInTheScriptIsAccepted() {
        assertEquals(
                List.of(),
                lint(
                        """
                CREATE TABLE drafts (amount bigint);
                ALTER TABLE drafts ADD CONSTRAINT drafts_amount_positive CHECK (amount > 0) NOT VALID;
                ALTER TABLE drafts VALIDATE CONSTRAINT drafts_amount_positive;"""));
    }
}
