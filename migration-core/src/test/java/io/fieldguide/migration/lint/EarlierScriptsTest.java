package io.fieldguide.migration.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module's scripts are linted in version order, and a SET NOT NULL is accepted when a
 * {@code CHECK (column IS NOT NULL)} was made valid by an earlier migration of the module:
 * PostgreSQL 12+ then skips the scan, whichever transaction validated the check.
 */
class EarlierScriptsTest {

    private static final MigrationScripts.Script ADD_CHECK = script(
            "V7__orders_status_check.sql",
            "SET LOCAL lock_timeout = '5s';\n"
                    + "ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;");

    private static final MigrationScripts.Script VALIDATE = script(
            "V8__orders_status_validate.sql",
            "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;");

    private static final String SET_NOT_NULL =
            "SET LOCAL lock_timeout = '5s';\n" + "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;";

    @Test
    void setNotNullAfterACheckValidatedByAnEarlierMigrationIsAccepted() {
        assertEquals(
                List.of(), lintModule(ADD_CHECK, VALIDATE, script("V9__orders_status_not_null.sql", SET_NOT_NULL)));
    }

    @Test
    void validatingAndSettingNotNullInTheMigrationAfterTheAddIsAccepted() {
        assertEquals(
                List.of(),
                lintModule(
                        ADD_CHECK,
                        script(
                                "V8__orders_status_not_null.sql",
                                "SET LOCAL lock_timeout = '5s';\n"
                                        + "ALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;\n"
                                        + "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n"
                                        + "ALTER TABLE orders DROP CONSTRAINT orders_status_nn;")));
    }

    @Test
    void aCheckThatWasNeverValidatedDoesNotExcuseSetNotNull() {
        assertEquals(
                List.of("V9__orders_status_not_null.sql:2 adding-not-nullable-field"),
                lintModule(ADD_CHECK, script("V9__orders_status_not_null.sql", SET_NOT_NULL)));
    }

    @Test
    void aCheckDroppedByAnEarlierMigrationNoLongerExcusesSetNotNull() {
        MigrationScripts.Script drop = script(
                "V8_5__orders_status_check_dropped.sql",
                "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_nn;");
        assertEquals(
                List.of("V9__orders_status_not_null.sql:2 adding-not-nullable-field"),
                lintModule(ADD_CHECK, VALIDATE, drop, script("V9__orders_status_not_null.sql", SET_NOT_NULL)));
    }

    @Test
    void anUndoScriptPassesNothingOnToTheNextMigration() {
        MigrationScripts.Script undoOfValidate = script(
                "U8__orders_status_validate.sql",
                "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;");
        assertEquals(
                List.of(),
                lintModule(ADD_CHECK, VALIDATE, undoOfValidate, script("V9__orders_status_not_null.sql", SET_NOT_NULL)),
                "the undo sees V8's validated check, and V9 still sees it after the undo");
    }

    @Test
    void aScriptLintedOnItsOwnKnowsNoEarlierMigration() {
        assertEquals(
                List.of("adding-not-nullable-field@3"),
                LintAssertions.lint("V9__orders_status_not_null.sql", "-- alone\n" + SET_NOT_NULL));
    }

    private static List<String> lintModule(MigrationScripts.Script... scripts) {
        return LintAssertions.LINTER.lintModule(List.of(scripts)).stream()
                .flatMap(result -> result.findings().stream())
                .map(finding -> finding.script() + ":" + finding.line() + " " + finding.ruleId())
                .toList();
    }

    private static MigrationScripts.Script script(String name, String sql) {
        return new MigrationScripts.Script(name, sql);
    }
}
