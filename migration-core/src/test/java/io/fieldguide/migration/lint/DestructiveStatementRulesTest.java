package io.fieldguide.migration.lint;

import static io.fieldguide.migration.lint.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ban-drop-database, ban-truncate-cascade and ban-drop-not-null, each both ways. */
class DestructiveStatementRulesTest {

    @Test
    void droppingADatabaseIsFlaggedEvenWithIfExists() {
        assertEquals(
                List.of("ban-drop-database@2"),
                lint("-- the old shared database\nDROP DATABASE IF EXISTS legacy_shop;"));
    }

    @Test
    void droppingOtherObjectsIsNotADatabaseDrop() {
        assertEquals(List.of(), lint("DROP FUNCTION IF EXISTS legacy_total(bigint);"));
    }

    @Test
    void truncateCascadeIsFlagged() {
        assertEquals(
                List.of("ban-truncate-cascade@2", "require-lock-timeout@2"),
                lint("-- reset the imported staging rows\nTRUNCATE TABLE import_batches CASCADE;"));
    }

    @Test
    void truncateNamingEveryTableIsAccepted() {
        assertEquals(List.of(), lint("SET LOCAL lock_timeout = '5s';\nTRUNCATE import_rows, import_batches RESTRICT;"));
    }

    @Test
    void droppingNotNullIsFlaggedInAVersionedScript() {
        assertEquals(
                List.of("ban-drop-not-null@2"),
                lint(
                        "V8__nickname_optional.sql",
                        "SET LOCAL lock_timeout = '5s';\nALTER TABLE members ALTER COLUMN nickname DROP NOT NULL;"));
    }

    @Test
    void droppingNotNullIsAcceptedInAnUndoScriptAndOnANewTable() {
        assertEquals(
                List.of(),
                lint(
                        "U8__nickname_required.sql",
                        "SET LOCAL lock_timeout = '5s';\nALTER TABLE members ALTER nickname DROP NOT NULL;"));
        assertEquals(
                List.of(),
                lint(
                        "CREATE TABLE drafts (title text NOT NULL);\nALTER TABLE drafts ALTER COLUMN title DROP NOT NULL;"));
    }
}
