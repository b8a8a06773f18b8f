package io.fieldguide.migration.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs squawk 2.66.0 over every module's Flyway scripts and fails on any squawk finding that this
 * linter neither reports nor excuses by a difference documented in docs/lint-rules.md.
 *
 * <p>It lives in migration-core, which owns the linter, and reads the other modules' scripts from
 * their sources through the multi-module root ({@code ../<module>/src/main/resources}): every
 * module depends on migration-core, never the reverse, so no module's classpath holds them all,
 * and reading sources lets this run before any service is built. squawk is installed with npm
 * into {@code target/squawk}; where npm is not on the machine the test is skipped, saying so.
 */
class SquawkCrossCheckTest {

    private static final Path INSTALL_DIR = Path.of("target", "squawk").toAbsolutePath();

    @Test
    void everySquawkFindingOnTheProjectsScriptsIsReportedOrADocumentedDifference() throws IOException {
        Squawk squawk = installedSquawk();
        List<Path> locations = MigrationLocations.inRepository(SquawkRuleTable.repositoryRoot());
        assertFalse(locations.isEmpty(), "no module has migration scripts");
        List<SquawkComparison.Verdict> verdicts = new ArrayList<>();
        int scripts = 0;
        for (Path location : locations) {
            List<MigrationScripts.Script> module = MigrationScripts.fromDirectory(location);
            verdicts.addAll(compareModule(squawk, location, module));
            scripts += module.size();
        }
        System.out.println(summary("the project's scripts", verdicts, scripts));
        assertAllExplained(verdicts);
    }

    /**
     * The same comparison over the SQL examples of docs/lint-rules.md, flagged and accepted alike:
     * they exercise every rule, where the project's scripts, being clean, exercise few.
     */
    @Test
    void everySquawkFindingOnTheDocumentedExamplesIsReportedOrADocumentedDifference(@TempDir Path examples)
            throws IOException {
        Squawk squawk = installedSquawk();
        List<SquawkComparison.Verdict> verdicts = new ArrayList<>();
        int scripts = 0;
        for (LintRulesDocTest.Example example : LintRulesDocTest.examples()) {
            Path location = Files.createDirectory(examples.resolve("line-" + example.docLine()));
            List<MigrationScripts.Script> module = LintRulesDocTest.scriptsOf(example.sql(), example.scriptName());
            for (MigrationScripts.Script script : module) {
                Files.writeString(location.resolve(script.name()), script.sql());
            }
            verdicts.addAll(compareModule(squawk, location, module));
            scripts += module.size();
        }
        System.out.println(summary("the examples of docs/lint-rules.md", verdicts, scripts));
        assertAllExplained(verdicts);
    }

    /** squawk's findings on each script of one module, each judged against what the lint makes of the module. */
    private static List<SquawkComparison.Verdict> compareModule(
            Squawk squawk, Path location, List<MigrationScripts.Script> module) throws IOException {
        SquawkComparison comparison = new SquawkComparison(SquawkRuleTable.fromDocs());
        List<MigrationLinter.ScriptLint> lints = LintAssertions.LINTER.lintModule(module);
        List<SquawkComparison.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < module.size(); i++) {
            MigrationScripts.Script script = module.get(i);
            ScriptFacts facts = ScriptFacts.of(script.name(), script.sql());
            List<LintFinding> ours = Stream.concat(lints.get(i).findings().stream(), lints.get(i).allowed().stream())
                    .toList();
            // squawk runs the script as Flyway will: in a transaction unless it holds CONCURRENTLY, VACUUM, ...
            boolean inTransaction = !facts.runsOutsideTransaction();
            for (SquawkFinding finding : squawk.lint(location.resolve(script.name()), inTransaction)) {
                verdicts.add(comparison.judge(finding, facts, ours));
            }
        }
        return verdicts;
    }

    private static void assertAllExplained(List<SquawkComparison.Verdict> verdicts) {
        List<String> unexplained = verdicts.stream()
                .filter(verdict -> verdict.outcome() == SquawkComparison.Outcome.UNEXPLAINED)
                .map(verdict -> verdict.finding() + "\n    " + verdict.reason())
                .toList();
        assertEquals(
                List.of(),
                unexplained,
                () -> "squawk findings the lint neither reports nor excuses by a documented difference:\n"
                        + String.join("\n", unexplained));
    }

    private static Squawk installedSquawk() throws IOException {
        assumeTrue(
                Squawk.npmAvailable(),
                "npm is not on the PATH, so squawk-cli " + Squawk.VERSION
                        + " cannot be installed: the squawk cross-check is skipped");
        return Squawk.installInto(INSTALL_DIR);
    }

    @Test
    void theRuleTableNamesOnlyRulesSquawkKnows() throws IOException {
        Squawk squawk = installedSquawk();
        List<String> selectable = SquawkRuleTable.fromDocs().rows().keySet().stream()
                .filter(rule -> !rule.equals("unused-ignore")) // reported, but not selectable in 2.66.0
                .toList();
        Path empty = Files.writeString(Files.createTempFile("empty", ".sql"), "SELECT 1;\n");
        try {
            assertEquals(Optional.empty(), squawk.rejectedRuleNames(selectable, empty));
            assertTrue(
                    squawk.rejectedRuleNames(List.of("no-such-rule"), empty).isPresent(),
                    "squawk must refuse an unknown rule name, or the check above proves nothing");
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    private static String summary(String what, List<SquawkComparison.Verdict> verdicts, int scripts) {
        Map<String, Long> byReason = new TreeMap<>(verdicts.stream()
                .collect(Collectors.groupingBy(
                        verdict -> verdict.outcome() + " " + verdict.finding().rule() + " <- " + verdict.reason(),
                        Collectors.counting())));
        StringBuilder text = new StringBuilder("squawk " + Squawk.VERSION + " on " + what + ": " + verdicts.size()
                + " findings in " + scripts + " scripts\n");
        byReason.forEach((reason, count) -> text.append(String.format("%5d  %s%n", count, reason)));
        return text.toString();
    }
}
