package io.fieldguide.lots.migration;

import static io.fieldguide.lots.LotTestSql.column;
import static io.fieldguide.lots.LotTestSql.execute;
import static io.fieldguide.lots.LotTestSql.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's upgrade on a basic database that holds what a real one would: runs with duplicate and
 * missing batch numbers, a run naming a recipe that does not exist, pallets without numbers and with
 * duplicate numbers. Every row survives the enhancement with its legacy values, the guide's defaults
 * are filled, the undo puts the legacy rows back exactly, and the enhancement applies again.
 */
@QuarkusTest
class EnhancementMigrationTest {

    /** Every column of the basic schema except the ones the migration may rewrite. */
    private static final String RUNS_UNTOUCHED = "SELECT md5(string_agg(concat_ws('|', id, actual_quantity,"
            + " actual_start_time, actual_end_time, notes, created_at), ',' ORDER BY id)) FROM production_runs";

    private static final String RUNS_LEGACY =
            "SELECT md5(string_agg(concat_ws('|', id, coalesce(batch_number, '<null>'),"
                    + " actual_quantity, actual_start_time, actual_end_time, notes, created_at), ',' ORDER BY id)) FROM production_runs";

    private static final String PALLETS_LEGACY = "SELECT md5(string_agg(concat_ws('|', id, production_run_id,"
            + " coalesce(pallet_number, '<null>'), created_at), ',' ORDER BY id)) FROM pallets";

    private static final String RECIPES_LEGACY =
            "SELECT md5(string_agg(concat_ws('|', id, name, created_at), ',' ORDER BY id)) FROM recipes";

    @Inject
    DataSource dataSource;

    @Inject
    RollbackService undo;

    @Inject
    MigrateService migrate;

    @BeforeEach
    void basicDatabaseWithLegacyData() {
        rollBackToBasicSchema();
        execute(dataSource, "TRUNCATE pallets, production_runs, recipes RESTART IDENTITY CASCADE");
        DatabaseReset.clearCoreRecords(dataSource);
        execute(
                dataSource,
                """
                INSERT INTO recipes (id, name) OVERRIDING SYSTEM VALUE VALUES (1, 'Sourdough'), (2, 'Rye');
                INSERT INTO production_runs (id, recipe_id, batch_number, actual_quantity, actual_start_time,
                        actual_end_time, notes) OVERRIDING SYSTEM VALUE VALUES
                    (1, 1, 'B-100', 120, '2024-03-01 06:00+00', '2024-03-01 09:00+00', 'first'),
                    (2, 1, 'B-100', 80, '2024-03-02 06:00+00', '2024-03-02 09:00+00', 'same number'),
                    (3, 2, 'B-100', NULL, NULL, NULL, 'third with it'),
                    (4, 2, 'B-100-2', 50, '2024-03-04 06:00+00', NULL, 'collides with the guide''s fix'),
                    (5, 1, NULL, 40, '2024-03-05 06:00+00', '2024-03-05 08:00+00', 'no number'),
                    (6, 999, NULL, NULL, NULL, NULL, 'recipe 999 does not exist'),
                    (7, 2, 'B-200', 10, NULL, NULL, 'unique');
                SELECT setval(pg_get_serial_sequence('production_runs', 'id'), 7);
                SELECT setval(pg_get_serial_sequence('recipes', 'id'), 2);
                INSERT INTO pallets (id, production_run_id, pallet_number) OVERRIDING SYSTEM VALUE VALUES
                    (1, 1, 'P-1'), (2, 1, NULL), (3, 2, 'P-1'), (4, 5, NULL), (5, 7, 'P-9');
                SELECT setval(pg_get_serial_sequence('pallets', 'id'), 5);
                """);
    }

    @AfterEach
    void fullyMigratedAgain() throws Exception {
        RunOutcome outcome = migrate.migrate(null, false, "test");
        assertTrue(outcome.success(), () -> "migrate failed: " + outcome.firstFailure());
        // The undo dropped and re-created the enum types: statements the pool's connections prepared
        // before would fail with "cached plan must not change result type". A running service whose
        // schema goes down and up again needs the same (a core candidate: flush after a rollback).
        dataSource.unwrap(AgroalDataSource.class).flush(AgroalDataSource.FlushMode.ALL);
    }

    @Test
    void theEnhancementKeepsEveryRowAndFillsTheGuidesDefaults() {
        String runsUntouched = text(dataSource, RUNS_UNTOUCHED);
        String recipes = text(dataSource, RECIPES_LEGACY);

        migrateAll();

        assertEquals(7, count("production_runs"));
        assertEquals(5, count("pallets"));
        assertEquals(runsUntouched, text(dataSource, RUNS_UNTOUCHED), "legacy run columns unchanged");
        assertEquals(
                recipes,
                text(dataSource, RECIPES_LEGACY.replace("FROM recipes", "FROM recipes WHERE id <= 2")),
                "legacy recipes unchanged");
        assertEquals(
                List.of("B-100", "B-100-2-2", "B-100-3", "B-100-2", "MIGRATED-5", "MIGRATED-6", "B-200"),
                column(dataSource, "SELECT batch_number FROM production_runs ORDER BY id"));
        assertEquals(
                List.of("P-1", "PAL-2-MIGRATED", "P-1-3", "PAL-4-MIGRATED", "P-9"),
                column(dataSource, "SELECT pallet_number FROM pallets ORDER BY id"));
        assertEquals(
                List.of("120.000", "80.000", "0.000", "50.000", "40.000", "0.000", "10.000"),
                column(dataSource, "SELECT planned_quantity FROM production_runs ORDER BY id"));
        assertEquals(
                0,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM production_runs WHERE unit_of_measure <> 'units'"
                                + " OR status <> 'COMPLETED' OR quality_status <> 'PASSED'"
                                + " OR unit_of_measure IS NULL OR status IS NULL OR quality_status IS NULL"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM pallets WHERE status <> 'IN_STORAGE'"));
        assertEquals(
                "Unknown Recipe",
                text(
                        dataSource,
                        "SELECT c.name FROM production_runs r JOIN recipes c ON c.id = r.recipe_id WHERE r.id = 6"));
        assertEquals(
                List.of("pallets_pallet_number_key", "production_runs_batch_number_key"),
                column(
                        dataSource,
                        "SELECT constraint_name FROM information_schema.table_constraints WHERE constraint_schema = 'public'"
                                + " AND constraint_type = 'UNIQUE' AND table_name IN ('pallets', 'production_runs') ORDER BY 1"));
        assertEquals(
                0,
                TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM pg_constraint WHERE NOT convalidated AND conrelid::regclass::text"
                                + " IN ('production_runs', 'pallets', 'recipes')"),
                "every constraint validated");
        execute(dataSource, "INSERT INTO production_runs (batch_number) VALUES ('NEW-1')");
        assertEquals(
                "PLANNED PENDING units",
                text(
                        dataSource,
                        "SELECT concat_ws(' ', status, quality_status, unit_of_measure) FROM production_runs"
                                + " WHERE batch_number = 'NEW-1'"),
                "a new run's defaults");
    }

    @Test
    void theUndoPutsTheLegacyRowsBackAndTheEnhancementAppliesAgain() {
        String runs = text(dataSource, RUNS_LEGACY);
        String pallets = text(dataSource, PALLETS_LEGACY);
        migrateAll();
        List<String> batchNumbers = column(dataSource, "SELECT batch_number FROM production_runs ORDER BY id");

        rollBackToBasicSchema();

        assertEquals(runs, text(dataSource, RUNS_LEGACY), "legacy runs as they were, duplicates and NULLs included");
        assertEquals(pallets, text(dataSource, PALLETS_LEGACY), "legacy pallets as they were");
        assertFalse(TestSql.exists(dataSource, "public.ingredient_lots"));
        assertFalse(TestSql.columnExists(dataSource, "production_runs", "status"));
        assertEquals(
                "Unknown Recipe",
                text(
                        dataSource,
                        "SELECT c.name FROM production_runs r JOIN recipes c ON c.id = r.recipe_id WHERE r.id = 6"),
                "the repaired reference is the one change the undo keeps");

        migrateAll();

        assertEquals(batchNumbers, column(dataSource, "SELECT batch_number FROM production_runs ORDER BY id"));
        assertEquals(1, count("recipes WHERE name = 'Unknown Recipe'"), "the repair does not run twice");
    }

    private long count(String tableAndCondition) {
        return TestSql.count(dataSource, "SELECT count(*) FROM " + tableAndCondition);
    }

    private void migrateAll() {
        RunOutcome outcome = migrate.migrate(null, false, "test");
        assertTrue(outcome.success(), () -> "migrate failed: " + outcome.firstFailure());
    }

    private void rollBackToBasicSchema() {
        RunOutcome outcome = undo.rollback(RollbackRequest.downTo("1").acceptingDataLoss(), "test");
        assertTrue(outcome.success(), () -> "rollback failed: " + outcome.firstFailure());
    }
}
