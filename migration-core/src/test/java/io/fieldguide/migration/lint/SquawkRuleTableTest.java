package io.fieldguide.migration.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The squawk table of docs/lint-rules.md against squawk's rule list, our rules and
 * {@link SquawkDifference}; and the comparison the cross-check makes, both ways. Needs no npm.
 */
class SquawkRuleTableTest {

    private static SquawkRuleTable table;

    @BeforeAll
    static void readTable() throws IOException {
        table = SquawkRuleTable.fromDocs();
    }

    @Test
    void theTableHasOneRowPerSquawkRule() {
        assertEquals(
                List.copyOf(SquawkRuleTable.SQUAWK_2_66_0_RULES),
                List.copyOf(table.rows().keySet()));
    }

    @Test
    void everyRuleOfOursItNamesExists() {
        for (SquawkRuleTable.Row row : table.rows().values()) {
            for (String ours : row.ourRules()) {
                assertTrue(LintRule.fromId(ours).isPresent(), row.squawkRule() + " names unknown rule " + ours);
            }
        }
    }

    @Test
    void everySquawkRuleHasACounterpartOrADocumentedReason() {
        List<String> withoutCounterpart = table.rows().values().stream()
                .filter(row -> row.ourRules().isEmpty())
                .map(SquawkRuleTable.Row::squawkRule)
                .toList();
        // the reason of each is in the table's prose; these are the only rules without a counterpart
        assertEquals(List.of("require-statement-timeout", "require-table-schema"), withoutCounterpart);
    }

    @Test
    void theDifferencesInTheTableAreTheOnesTheCrossCheckKnows() {
        Set<String> known = Arrays.stream(SquawkDifference.values())
                .map(SquawkDifference::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(known, new TreeSet<>(table.describedDifferences()), "the table of differences");
        for (SquawkRuleTable.Row row : table.rows().values()) {
            Set<String> expected = Arrays.stream(SquawkDifference.values())
                    .filter(difference -> difference.squawkRules().contains(row.squawkRule()))
                    .map(SquawkDifference::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, new TreeSet<>(row.differences()), "differences in the row of " + row.squawkRule());
        }
    }

    @Test
    void aFindingOurRuleReportsOnTheSameStatementIsReported() {
        SquawkComparison.Verdict verdict = judge(
                "V3__orders_status_idx.sql",
                "SET LOCAL lock_timeout = '5s';\nCREATE INDEX orders_status_idx\n    ON orders (status);",
                new SquawkFinding(
                        "V3__orders_status_idx.sql", 3, "require-concurrent-index-creation", "blocks writes"));
        assertEquals(SquawkComparison.Outcome.REPORTED, verdict.outcome());
        assertEquals("require-concurrent-index-creation", verdict.reason());
    }

    @Test
    void aFindingExcusedByAMarkerCountsAsReported() {
        String sql = "SET LOCAL lock_timeout = '5s';\n"
                + "-- lint:allow changing-column-type varchar(20) to text is binary-coercible\n"
                + "ALTER TABLE orders ALTER COLUMN code TYPE text;";
        SquawkComparison.Verdict verdict = judge(
                "V4__orders_code.sql",
                sql,
                new SquawkFinding("V4__orders_code.sql", 3, "changing-column-type", "rewrite"));
        assertEquals(SquawkComparison.Outcome.REPORTED, verdict.outcome());
    }

    @Test
    void aDropInAnUndoScriptIsExcusedButNotInAVersionedOne() {
        String sql = "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders DROP COLUMN note;";
        SquawkFinding finding = new SquawkFinding("U5__orders_note.sql", 2, "ban-drop-column", "breaks clients");
        SquawkComparison.Verdict inUndo = judge("U5__orders_note.sql", sql, finding);
        assertEquals(SquawkComparison.Outcome.EXCUSED, inUndo.outcome());
        assertEquals("undo-restores", inUndo.reason());
        SquawkComparison.Verdict inVersioned = judge("V5__orders_note.sql", sql, finding);
        assertEquals(SquawkComparison.Outcome.REPORTED, inVersioned.outcome(), "ban-drop-column reports it there");
    }

    @Test
    void aFindingNeitherReportedNorExcusedIsUnexplained() {
        // the lint reports nothing of the kind here, and undo-restores and new-table do not apply
        SquawkComparison.Verdict verdict = judge(
                "V6__orders_code_idx.sql",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_code_idx ON orders (code);",
                new SquawkFinding("V6__orders_code_idx.sql", 1, "ban-drop-table", "imagined"));
        assertEquals(SquawkComparison.Outcome.UNEXPLAINED, verdict.outcome());
        SquawkComparison.Verdict unknownRule = judge(
                "V6__orders_code_idx.sql",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_code_idx ON orders (code);",
                new SquawkFinding("V6__orders_code_idx.sql", 1, "ban-something-new", "from a later squawk"));
        assertEquals(SquawkComparison.Outcome.UNEXPLAINED, unknownRule.outcome());
        assertTrue(unknownRule.reason().contains("has no row"), unknownRule.reason());
    }

    @Test
    void aFindingOnAnotherStatementDoesNotCount() {
        String sql = "SET LOCAL lock_timeout = '5s';\n"
                + "CREATE INDEX orders_status_idx ON orders (status);\n"
                + "CREATE TABLE drafts (id bigint);\n"
                + "CREATE INDEX drafts_id_idx ON drafts (id);";
        SquawkComparison.Verdict onNewTable = judge(
                "V7__idx.sql", sql, new SquawkFinding("V7__idx.sql", 4, "require-concurrent-index-creation", "x"));
        assertEquals(SquawkComparison.Outcome.EXCUSED, onNewTable.outcome(), "our finding is on line 2, not 4");
        assertEquals("new-table", onNewTable.reason());
    }

    @Test
    void eachDifferenceAppliesOnlyWhereItSays() {
        ScriptFacts concurrent = ScriptFacts.of(
                "V8__idx.sql",
                "DROP INDEX CONCURRENTLY IF EXISTS orders_code_idx;\nCREATE INDEX CONCURRENTLY orders_code_idx ON orders (code);");
        assertTrue(SquawkDifference.DROPPED_FIRST.excuses(concurrent, 1));
        assertTrue(SquawkDifference.NO_BLOCKING_LOCK.excuses(concurrent, 1));
        assertFalse(SquawkDifference.IN_TRANSACTION.excuses(concurrent, 1), "the script runs without a transaction");
        assertFalse(SquawkDifference.REFUSED_MIX.excuses(concurrent, 1), "nothing else shares the script");
        ScriptFacts mixed = ScriptFacts.of(
                "V8_1__mixed.sql",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_code_idx ON orders (code);\n"
                        + "ALTER TABLE orders ADD CONSTRAINT orders_code_present CHECK (code <> '') NOT VALID;");
        assertTrue(SquawkDifference.REFUSED_MIX.excuses(mixed, 1));
        assertFalse(SquawkDifference.REFUSED_MIX.excuses(mixed, 0));
        ScriptFacts plain = ScriptFacts.of(
                "V9__idx.sql", "SET LOCAL lock_timeout = '5s';\nCREATE INDEX orders_code_idx ON orders (code);");
        assertFalse(SquawkDifference.DROPPED_FIRST.excuses(plain, 1));
        assertFalse(SquawkDifference.NO_BLOCKING_LOCK.excuses(plain, 1));
        assertFalse(SquawkDifference.NEW_TABLE.excuses(plain, 1));
        assertTrue(SquawkDifference.IN_TRANSACTION.excuses(plain, 1));
        assertFalse(SquawkDifference.UNDO_RESTORES.excuses(plain, 1));
        ScriptFacts types = ScriptFacts.of(
                "V11__types.sql",
                "ALTER TYPE order_status ADD VALUE 'held' AFTER 'placed';\n"
                        + "ALTER DOMAIN grams ADD CHECK (VALUE > 0);\n"
                        + "CREATE OR REPLACE VIEW open_orders AS SELECT 1;");
        assertTrue(SquawkDifference.NO_BLOCKING_LOCK.excuses(types, 0));
        assertFalse(SquawkDifference.NO_BLOCKING_LOCK.excuses(types, 1), "it blocks writes to the domain's tables");
        assertFalse(SquawkDifference.NO_BLOCKING_LOCK.excuses(types, 2), "it locks the view against readers");
        ScriptFacts domains = ScriptFacts.of(
                "V10__domains.sql",
                "CREATE DOMAIN label AS text DEFAULT '';\nCREATE DOMAIN grams AS bigint CHECK (VALUE >= 0);");
        assertTrue(SquawkDifference.DEFAULT_NOT_A_CONSTRAINT.excuses(domains, 0));
        assertFalse(SquawkDifference.DEFAULT_NOT_A_CONSTRAINT.excuses(domains, 1));
    }

    private static SquawkComparison.Verdict judge(String scriptName, String sql, SquawkFinding finding) {
        MigrationLinter.ScriptLint lint = LintAssertions.LINTER.lintScript(scriptName, sql, NotNullChecks.none());
        List<LintFinding> ours = new ArrayList<>(lint.findings());
        ours.addAll(lint.allowed());
        return new SquawkComparison(table).judge(finding, ScriptFacts.of(scriptName, sql), ours);
    }
}
