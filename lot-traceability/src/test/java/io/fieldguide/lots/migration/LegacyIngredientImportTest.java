package io.fieldguide.lots.migration;

import static io.fieldguide.lots.LotTestSql.column;
import static io.fieldguide.lots.LotTestSql.execute;
import static io.fieldguide.lots.LotTestSql.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * V14, the guide's ingredient import with its type mismatch (stock as text) fixed: numbers with
 * decimals and spaces convert exactly, everything else becomes 0 with its original text recorded,
 * the old table is untouched, and the undo gives back the catalog as it was.
 */
@QuarkusTest
class LegacyIngredientImportTest {

    private static final String CATALOG = "SELECT md5(string_agg(concat_ws('|', id, name, type, unit_of_measure,"
            + " current_stock), ',' ORDER BY id)) FROM ingredients";

    private static final String OLD_TABLE =
            "SELECT md5(string_agg(concat_ws('|', name, coalesce(current_stock, '<null>')), ',' ORDER BY name, current_stock))"
                    + " FROM old_ingredient_table";

    @Inject
    DataSource dataSource;

    @Inject
    RollbackService undo;

    @Inject
    MigrateService migrate;

    @Test
    void stockTextConvertsExactlyOrIsRecordedAndTheUndoRestoresTheCatalog() {
        rollBack("13");
        execute(
                dataSource,
                """
                INSERT INTO ingredients (name, type, unit_of_measure, current_stock) VALUES ('LG Salt', 'OTHER', 'kg', 3)
                    ON CONFLICT (name) DO NOTHING;
                CREATE TABLE old_ingredient_table (name text, current_stock text);
                INSERT INTO old_ingredient_table VALUES
                    ('LG Flour', '12'), ('LG Sugar', ' 12.5 '), ('LG Butter', '0.125'), ('LG Yeast', 'n/a'),
                    ('LG Milk', ''), ('LG Eggs', NULL), ('LG Honey', '-3'), ('LG Oats', '12 kg'),
                    ('LG Salt', '99'), ('LG Rye', '7'), ('LG Rye', '8'), ('  ', '5');
                """);
        String catalogBefore = text(dataSource, CATALOG);
        String oldTableBefore = text(dataSource, OLD_TABLE);

        migrateAll();

        assertEquals(
                List.of(
                        "LG Butter|0.125|0.125|t",
                        "LG Eggs|0.000|<null>|f",
                        "LG Flour|12.000|12|t",
                        "LG Honey|0.000|-3|f",
                        "LG Milk|0.000||f",
                        "LG Oats|0.000|12 kg|f",
                        "LG Rye|7.000|7|t",
                        "LG Sugar|12.500| 12.5 |t",
                        "LG Yeast|0.000|n/a|f"),
                column(
                        dataSource,
                        "SELECT concat_ws('|', i.name, i.current_stock, coalesce(r.legacy_stock, '<null>'), r.stock_parsed)"
                                + " FROM legacy_ingredient_imports r JOIN ingredients i ON i.id = r.ingredient_id"
                                + " ORDER BY i.name"));
        assertEquals(
                "OTHER|units",
                text(
                        dataSource,
                        "SELECT string_agg(DISTINCT concat_ws('|', type, unit_of_measure), ',') FROM ingredients i"
                                + " JOIN legacy_ingredient_imports r ON r.ingredient_id = i.id"));
        assertEquals("3.000", text(dataSource, "SELECT current_stock FROM ingredients WHERE name = 'LG Salt'"));
        assertEquals(oldTableBefore, text(dataSource, OLD_TABLE), "the old table is never changed");

        rollBack("13");
        assertEquals(catalogBefore, text(dataSource, CATALOG), "the undo removes exactly what V14 imported");
        assertEquals("", text(dataSource, "SELECT coalesce(to_regclass('legacy_ingredient_imports')::text, '')"));

        execute(dataSource, "DROP TABLE old_ingredient_table");
        migrateAll();
        assertEquals("0", text(dataSource, "SELECT count(*) FROM legacy_ingredient_imports"));
    }

    private void migrateAll() {
        RunOutcome outcome = migrate.migrate(null, false, "test");
        assertTrue(outcome.success(), () -> "migrate failed: " + outcome.firstFailure());
    }

    private void rollBack(String target) {
        RunOutcome outcome = undo.rollback(RollbackRequest.downTo(target).acceptingDataLoss(), "test");
        assertTrue(outcome.success(), () -> "rollback failed: " + outcome.firstFailure());
    }
}
