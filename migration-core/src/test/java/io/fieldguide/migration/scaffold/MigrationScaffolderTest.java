package io.fieldguide.migration.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.config.MigrationCoreConfig.NamingScheme;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.lint.MigrationLinter;
import io.fieldguide.migration.problem.RefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File generation only, so no database: every naming scheme, the templates, and every refusal. */
class MigrationScaffolderTest {

    private static final long NOW_MILLIS = 1_734_567_890_000L;
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(NOW_MILLIS), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void plainTakesTheNextIntegerAfterTheHighestScript() throws IOException {
        touch("V1__create_widgets.sql", "U1__create_widgets.sql", "V2__add_color.sql", "V6__unique_names.sql");

        ScaffoldedMigration created = plain().create(dir, "add_thing");

        assertEquals("7", created.version());
        assertEquals(dir.resolve("V7__add_thing.sql"), created.versionedScript());
        assertEquals(dir.resolve("U7__add_thing.sql"), created.undoScript());
        assertTrue(Files.isRegularFile(created.versionedScript()));
        assertTrue(Files.isRegularFile(created.undoScript()));
    }

    @Test
    void plainStartsAtOneInAnEmptyOrMissingDirectory() throws IOException {
        Path missing = dir.resolve("src/main/resources/db/migration");

        ScaffoldedMigration created = plain().create(missing, "create_customers");

        assertEquals(missing.resolve("V1__create_customers.sql"), created.versionedScript());
        assertTrue(Files.isRegularFile(created.undoScript()));
    }

    @Test
    void anUndoScriptOrANestedFolderAlsoTakesItsVersion() throws IOException {
        touch("V1__a.sql", "U9__orphan_undo.sql", "archive/V12__old.sql", "R__views.sql", "V99_notes.txt");

        assertEquals("13", plain().plan(dir, "next", List.of()).version());
    }

    @Test
    void versionsKnownOutsideTheDirectoryCount() throws IOException {
        touch("V2__b.sql");

        // e.g. a Java migration V4__Create_gadgets, or a version already applied whose script moved
        assertEquals("5", plain().plan(dir, "next", List.of("1", "4", "3")).version());
        assertEquals("3", plain().plan(dir, "next", List.of("2.1")).version());
    }

    @Test
    void sequenceIsZeroPaddedToFourDigits() throws IOException {
        touch("V0001__init.sql", "U0001__init.sql", "V0004__add_index.sql");

        ScaffoldedMigration created = new MigrationScaffolder(NamingScheme.SEQUENCE).create(dir, "add_thing");

        assertEquals(dir.resolve("V0005__add_thing.sql"), created.versionedScript());
        assertEquals(dir.resolve("U0005__add_thing.sql"), created.undoScript());
    }

    @Test
    void sequenceStartsAtOneAndGrowsPastFourDigits() throws IOException {
        MigrationScaffolder sequence = new MigrationScaffolder(NamingScheme.SEQUENCE);

        assertEquals("0001", sequence.plan(dir, "first", List.of()).version());
        touch("V9999__last_four_digit.sql");
        assertEquals("10000", sequence.plan(dir, "next", List.of()).version());
    }

    @Test
    void timestampUsesTheCurrentEpochMillis() throws IOException {
        touch("V1734000000000__initial_database_setup.sql");

        ScaffoldedMigration created = new MigrationScaffolder(NamingScheme.TIMESTAMP, FIXED).create(dir, "add_thing");

        assertEquals(dir.resolve("V" + NOW_MILLIS + "__add_thing.sql"), created.versionedScript());
        assertEquals(dir.resolve("U" + NOW_MILLIS + "__add_thing.sql"), created.undoScript());
    }

    @Test
    void timestampIsStrictlyAfterTheHighestEvenWhenTheClockIsBehind() throws IOException {
        MigrationScaffolder timestamp = new MigrationScaffolder(NamingScheme.TIMESTAMP, FIXED);
        touch("V" + NOW_MILLIS + "__same_millisecond.sql");
        assertEquals(
                String.valueOf(NOW_MILLIS + 1),
                timestamp.plan(dir, "next", List.of()).version());

        touch("V" + (NOW_MILLIS + 5_000) + "__from_a_clock_ahead.sql");
        assertEquals(
                String.valueOf(NOW_MILLIS + 5_001),
                timestamp.plan(dir, "next", List.of()).version());
    }

    @Test
    void twoScaffoldsInARowGetDistinctVersions() throws IOException {
        MigrationScaffolder timestamp = new MigrationScaffolder(NamingScheme.TIMESTAMP, FIXED);

        ScaffoldedMigration first = timestamp.create(dir, "first");
        ScaffoldedMigration second = timestamp.create(dir, "second");

        assertEquals(String.valueOf(NOW_MILLIS), first.version());
        assertEquals(String.valueOf(NOW_MILLIS + 1), second.version());
    }

    @Test
    void namesAreNormalisedToLowerSnakeCase() {
        assertEquals("add_thing", MigrationName.normalise("add_thing"));
        assertEquals("add_thing", MigrationName.normalise("  AddThing "));
        assertEquals("add_customer_email", MigrationName.normalise("add-customer email"));
        assertEquals("add_client_id_v2", MigrationName.normalise("add__client_id--v2_"));
        assertEquals("index_on_2_columns", MigrationName.normalise("index on 2 columns"));
        assertEquals("widget_sku", MigrationName.normalise("WIDGET_SKU"));
    }

    @Test
    void emptyNamesAreRefused() {
        assertRefusedName("", "empty");
        assertRefusedName("   ", "empty");
        assertRefusedName(null, "empty");
        assertRefusedName("_-_", "not a valid migration name");
    }

    @Test
    void pathLikeNamesAreRefused() {
        assertRefusedName("../escape", "looks like a path");
        assertRefusedName("db/migration/add_thing", "looks like a path");
        assertRefusedName("C:\\temp\\x", "looks like a path");
        assertRefusedName(".hidden", "looks like a path");
        assertRefusedName("add_thing.sql", "looks like a path");
        assertRefusedName("V7__add_thing", "version prefix");
    }

    @Test
    void namesWithOtherCharactersAreRefusedNotGuessed() {
        assertRefusedName("add thing!", "letters, digits and underscores");
        assertRefusedName("café", "letters, digits and underscores");
        assertRefusedName("7_up", "starting with a letter");
        assertRefusedName("a".repeat(MigrationName.MAX_LENGTH + 1), "longer than");
    }

    @Test
    void aRefusedNameWritesNothing() throws IOException {
        assertThrows(RuntimeException.class, () -> plain().create(dir, "../../etc/passwd"));

        assertEquals(List.of(), files());
    }

    @Test
    void existingFilesAreNeverOverwritten() throws IOException {
        MigrationScaffolder plain = plain();
        ScaffoldedMigration planned = plain.plan(dir, "add_thing", List.of());
        Files.writeString(planned.undoScript(), "-- someone else's undo\n");

        RefusedException refused = assertThrows(RefusedException.class, () -> plain.write(planned));

        assertTrue(refused.getMessage().contains("U1__add_thing.sql already exists"), refused.getMessage());
        assertFalse(Files.exists(planned.versionedScript()), "nothing is written when one of the pair exists");
        assertEquals("-- someone else's undo\n", Files.readString(planned.undoScript()));
    }

    @Test
    void anExistingVersionedScriptIsNotOverwrittenEither() throws IOException {
        MigrationScaffolder plain = plain();
        ScaffoldedMigration planned = plain.plan(dir, "add_thing", List.of());
        Files.writeString(planned.versionedScript(), "SELECT 1;\n");

        assertThrows(RefusedException.class, () -> plain.write(planned));

        assertEquals("SELECT 1;\n", Files.readString(planned.versionedScript()));
        assertFalse(Files.exists(planned.undoScript()));
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "");

        RefusedException refused = assertThrows(RefusedException.class, () -> plain().create(file, "add_thing"));

        assertTrue(refused.getMessage().contains("is not a directory"), refused.getMessage());
    }

    @Test
    void theVersionedTemplateExplainsItselfAndSetsALockTimeout() throws IOException {
        ScaffoldedMigration created = plain().create(dir, "add_thing");
        String sql = Files.readString(created.versionedScript());

        assertTrue(sql.startsWith("-- V1: add thing\n"), sql);
        assertTrue(sql.contains("-- What: "), sql);
        assertTrue(sql.contains("-- Why: "), sql);
        assertTrue(sql.contains("lint:allow <rule-id> <reason>"), sql);
        assertTrue(sql.contains("docs/lint-rules.md"), sql);
        assertTrue(sql.contains("\nSET LOCAL lock_timeout = '5s';\n"), sql);
        assertTrue(sql.contains("-- TODO: the statement(s)"), sql);
    }

    @Test
    void theUndoTemplateNamesItsMigrationAndTheDataRule() throws IOException {
        ScaffoldedMigration created = plain().create(dir, "add_thing");
        String sql = Files.readString(created.undoScript());

        assertTrue(sql.startsWith("-- U1: undoes V1__add_thing.sql (add thing)\n"), sql);
        assertTrue(sql.contains("restore any data"), sql);
        assertTrue(sql.contains("undo:keeps-data <how>"), sql);
        assertTrue(sql.contains("\nSET LOCAL lock_timeout = '5s';\n"), sql);
        // The reminder must not itself be the marker, or it would switch off the undo's data-loss check.
        assertFalse(sql.contains("-- undo:keeps-data"), sql);
    }

    @Test
    void bothTemplatesLintClean() throws IOException {
        ScaffoldedMigration created = new MigrationScaffolder(NamingScheme.SEQUENCE).create(dir, "add_customer_email");

        var findings = new MigrationLinter().lint(dir);

        assertEquals("", LintReport.format(findings));
        assertEquals(2, files().size(), created.toString());
    }

    private static MigrationScaffolder plain() {
        return new MigrationScaffolder(NamingScheme.PLAIN);
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "SELECT 1;\n");
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static void assertRefusedName(String name, String expectedInMessage) {
        var refused = assertThrows(
                io.fieldguide.migration.problem.InvalidRequestException.class, () -> MigrationName.normalise(name));
        assertEquals("name", refused.field());
        assertTrue(
                refused.getMessage().contains(expectedInMessage),
                "'" + name + "' → " + refused.getMessage() + " (expected: " + expectedInMessage + ")");
    }
}
