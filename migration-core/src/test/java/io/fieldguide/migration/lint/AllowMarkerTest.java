package io.fieldguide.migration.lint;

import static io.fieldguide.migration.lint.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowMarkerTest {

    @Test
    void markerBeforeAStatementAllowsThatStatementOnly() {
        assertEquals(
                List.of("require-concurrent-index-creation@5"),
                lint(
                        """
                SET lock_timeout = '5s';
                -- lint:allow require-concurrent-index-creation orders holds 200 rows
                -- and another comment line between marker and statement
                CREATE INDEX orders_status_idx ON orders (status);
                CREATE INDEX orders_code_idx ON orders (code);"""));
    }

    @Test
    void markerInTheHeaderAllowsTheWholeScript() {
        assertEquals(
                List.of(),
                lint(
                        """
                -- V4: indexes for the tiny orders table
                -- lint:allow require-concurrent-index-creation orders holds 200 rows, a SHARE lock is milliseconds
                SET lock_timeout = '5s';
                CREATE INDEX orders_status_idx ON orders (status);
                CREATE INDEX orders_code_idx ON orders (code);"""));
    }

    @Test
    void markerAtTheEndOfAStatementLineAllowsThatStatement() {
        assertEquals(
                List.of("require-concurrent-index-creation@3"),
                lint(
                        """
                SET lock_timeout = '5s';
                CREATE INDEX orders_status_idx ON orders (status); -- lint:allow require-concurrent-index-creation tiny
                CREATE INDEX orders_code_idx ON orders (code);"""));
    }

    @Test
    void markerInsideAStatementAllowsThatStatement() {
        assertEquals(
                List.of(),
                lint(
                        """
                SET lock_timeout = '5s';
                ALTER TABLE orders
                    -- lint:allow changing-column-type varchar(20) to text is binary-coercible, no rewrite
                    ALTER COLUMN code TYPE text;"""));
    }

    @Test
    void oneMarkerMayNameSeveralRulesAndUseABlockComment() {
        assertEquals(
                List.of(),
                lint(
                        """
                /* lint:allow require-lock-timeout,ban-drop-column the column was never released */
                ALTER TABLE orders DROP COLUMN draft_flag;"""));
    }

    @Test
    void markerAllowsOnlyTheRulesItNames() {
        assertEquals(
                List.of("require-lock-timeout@2"),
                lint(
                        """
                -- lint:allow ban-drop-column the column was never released
                ALTER TABLE orders DROP COLUMN draft_flag;"""));
    }

    @Test
    void markerWithoutReasonIsInvalidAndAllowsNothing() {
        assertEquals(
                List.of("invalid-allow-marker@2", "require-concurrent-index-creation@3"),
                lint(
                        """
                        SET lock_timeout = '5s';
                        -- lint:allow require-concurrent-index-creation
                        CREATE INDEX orders_status_idx ON orders (status);"""));
    }

    @Test
    void markerNamingAnUnknownRuleIsInvalid() {
        assertEquals(
                List.of("invalid-allow-marker@2", "require-concurrent-index-creation@3"),
                lint(
                        """
                        SET lock_timeout = '5s';
                        -- lint:allow require-concurrent-index small table
                        CREATE INDEX orders_status_idx ON orders (status);"""));
    }

    @Test
    void markerWithoutRuleIsInvalid() {
        assertEquals(List.of("invalid-allow-marker@1"), lint("-- lint:allow\nSELECT 1;"));
    }

    @Test
    void markerCannotSilenceInvalidMarkers() {
        assertEquals(List.of("invalid-allow-marker@1"), lint("-- lint:allow invalid-allow-marker because\nSELECT 1;"));
    }

    @Test
    void markerAfterTheLastStatementIsInvalid() {
        assertEquals(
                List.of("invalid-allow-marker@3"), lint("SELECT 1;\n\n-- lint:allow ban-drop-table nothing follows\n"));
    }

    @Test
    void proseMentioningTheMarkerIsNotAMarker() {
        assertEquals(List.of(), lint("-- lint:allowed markers are described in docs/lint-rules.md\nSELECT 1;"));
    }

    @Test
    void markersInStringsAreNotComments() {
        assertEquals(
                List.of("require-concurrent-index-creation@2"),
                lint("SET lock_timeout = '5s';\nCREATE INDEX i ON orders (status) WHERE note <> '-- lint:allow x y';"));
    }

    @Test
    void markerThatExcusesNothingIsUnused() {
        assertEquals(
                List.of("unused-allow-marker@2"),
                lint(
                        """
                SET lock_timeout = '5s';
                -- lint:allow require-concurrent-index-creation orders holds 200 rows
                CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);"""
                                .replace("SET lock_timeout = '5s';\n", "-- concurrent builds need no timeout\n")));
    }

    @Test
    void headerMarkerForARuleTheScriptNeverBreaksIsUnused() {
        assertEquals(
                List.of("unused-allow-marker@1"),
                lint(
                        "-- lint:allow ban-drop-table the old table goes in V9\nCREATE TABLE IF NOT EXISTS t (id bigint);"));
    }

    @Test
    void eachUnusedRuleOfAMarkerIsReported() {
        assertEquals(
                List.of("unused-allow-marker@1"),
                lint(
                                """
                /* lint:allow require-lock-timeout,ban-drop-table the column was never released */
                ALTER TABLE orders DROP COLUMN draft_flag;""")
                        .stream()
                        .filter(id -> !id.startsWith("ban-drop-column"))
                        .toList());
    }

    @Test
    void markerForADisabledRuleIsNotJudged() {
        MigrationLinter linter = new MigrationLinter(LintConfig.defaults().disabling(LintRule.BAN_DROP_TABLE));
        assertEquals(
                List.of(),
                LintAssertions.ids(linter.lint(
                        "V1__t.sql", "-- lint:allow ban-drop-table kept for projects that enable it\nSELECT 1;")));
    }

    @Test
    void markerCannotSilenceUnusedMarkers() {
        assertEquals(List.of("invalid-allow-marker@1"), lint("-- lint:allow unused-allow-marker because\nSELECT 1;"));
    }
}
