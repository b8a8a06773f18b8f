package io.fieldguide.migration.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading scripts from a directory, a classpath directory and a jar, in Flyway's version order. */
class MigrationScriptsTest {

    private static final String DROP = "SET lock_timeout = '5s';\nDROP TABLE legacy;\n";

    @TempDir
    Path root;

    private void writeScripts(Path directory) throws IOException {
        Files.createDirectories(directory.resolve("nested"));
        Files.writeString(directory.resolve("V10__ten.sql"), DROP);
        Files.writeString(directory.resolve("V2__two.sql"), DROP);
        Files.writeString(directory.resolve("U2__two.sql"), DROP); // undo: drops allowed
        Files.writeString(directory.resolve("nested/V1_1__one_one.sql"), DROP);
        Files.writeString(directory.resolve("R__views.sql"), DROP); // repeatable: not scanned
        Files.writeString(directory.resolve("README.md"), "not sql");
    }

    @Test
    void lintsADirectoryInVersionOrder() throws IOException {
        writeScripts(root);
        List<LintFinding> findings = LintAssertions.LINTER.lint(root);
        assertEquals(
                List.of("nested/V1_1__one_one.sql:2", "V2__two.sql:2", "V10__ten.sql:2"),
                findings.stream().map(f -> f.script() + ":" + f.line()).toList());
        assertTrue(findings.stream().allMatch(f -> f.rule() == LintRule.BAN_DROP_TABLE));
    }

    @Test
    void lintsAClasspathDirectory() throws IOException {
        writeScripts(root.resolve("db/migration"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            List<LintFinding> findings = LintAssertions.LINTER.lintClasspath("classpath:db/migration", loader);
            assertEquals(
                    List.of("nested/V1_1__one_one.sql", "V2__two.sql", "V10__ten.sql"),
                    findings.stream().map(LintFinding::script).toList());
        }
    }

    @Test
    void lintsAJarOnTheClasspath() throws IOException {
        Path jar = root.resolve("migrations.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            for (String name :
                    List.of("db/migration/V3__three.sql", "db/migration/U3__three.sql", "db/other/V1__x.sql")) {
                out.putNextEntry(new JarEntry(name));
                out.write(DROP.getBytes(StandardCharsets.UTF_8));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<LintFinding> findings = LintAssertions.LINTER.lintClasspath("/db/migration/", loader);
            assertEquals(
                    List.of("V3__three.sql"),
                    findings.stream().map(LintFinding::script).toList());
        }
    }

    @Test
    void aMissingLocationIsAnErrorNotASilentPass() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThrows(FileNotFoundException.class, () -> LintAssertions.LINTER.lintClasspath("db/nowhere", loader));
        }
        assertThrows(IOException.class, () -> LintAssertions.LINTER.lint(root.resolve("nowhere")));
    }

    @ParameterizedTest
    @CsvSource({
        "V1__init.sql, true",
        "U12_3__undo.sql, true",
        "V2024.01.15__x.sql, true",
        "R__views.sql, false",
        "V1__init.sql.conf, false",
        "Vacuum__x.sql, false",
        "V1_init.sql, false"
    })
    void recognisesVersionedAndUndoScripts(String fileName, boolean script) {
        assertEquals(script, MigrationLinter.isMigrationScript(fileName));
    }

    @Test
    void comparesVersionsNumerically() {
        assertTrue(MigrationScripts.compareVersions("V2__a.sql", "V10__a.sql") < 0);
        assertTrue(MigrationScripts.compareVersions("V1_1__a.sql", "V1.2__a.sql") < 0);
        assertTrue(MigrationScripts.compareVersions("V1__a.sql", "V1.0.1__a.sql") < 0);
        assertEquals(0, MigrationScripts.compareVersions("V7__a.sql", "U7__b.sql"));
    }

    @Test
    void reportFormatsOneLinePerFindingAndASummary() {
        List<LintFinding> findings = List.of(
                new LintFinding(LintRule.BAN_DROP_TABLE, "V1__a.sql", 3, "drops t", "don't"),
                new LintFinding(LintRule.RENAMING_TABLE, "V2__b.sql", 1, "renames t", "view"));
        assertEquals(
                "V1__a.sql:3 ban-drop-table drops t (don't)\nV2__b.sql:1 renaming-table renames t (view)",
                LintReport.format(findings));
        assertEquals("2 findings in 2 scripts", LintReport.summary(findings));
        assertEquals("no findings", LintReport.summary(List.of()));
        assertEquals("", LintReport.format(List.of()));
    }

    @Test
    void commandLineExitsWithOneOnFindings() throws IOException {
        writeScripts(root);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(1, MigrationLintMain.run(new String[] {root.toString()}));
            assertEquals(0, MigrationLintMain.run(new String[] {"--disable=ban-drop-table", root.toString()}));
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("V2__two.sql:2 ban-drop-table"), output);
        assertTrue(output.contains("3 findings in 3 scripts"), output);
        assertFalse(output.contains("U2__two.sql"), output);
    }
}
