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
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
        assumeTrue(
                Squawk.npmAvailable(),
                "npm is not on the PATH, so squawk-cli " + Squawk.VERSION
                        + " cannot be installed: the squawk cross-check is skipped");
        Squawk squawk = Squawk.installInto(INSTALL_DIR);
        SquawkRuleTable table = SquawkRuleTable.fromDocs();
        SquawkComparison comparison = new SquawkComparison(table);
        List<Path> locations = MigrationLocations.inRepository(SquawkRuleTable.repositoryRoot());
        assertFalse(locations.isEmpty(), "no module has migration scripts");

        List<SquawkComparison.Verdict> verdicts = new ArrayList<>();
        int scripts = 0;
        for (Path location : locations) {
            List<MigrationScripts.Script> module = MigrationScripts.fromDirectory(location);
            List<MigrationLinter.ScriptLint> lints = LintAssertions.LINTER.lintModule(module);
            for (int i = 0; i < module.size(); i++) {
                MigrationScripts.Script script = module.get(i);
                ScriptFacts facts = ScriptFacts.of(script.name(), script.sql());
                List<LintFinding> ours = Stream.concat(
                                lints.get(i).findings().stream(), lints.get(i).allowed().stream())
                        .toList();
                for (SquawkFinding finding :
                        squawk.lint(location.resolve(script.name()), !facts.runsOutsideTransaction())) {
                    verdicts.add(comparison.judge(finding, facts, ours));
                }
                scripts++;
            }
        }
        System.out.println(summary(verdicts, scripts, locations.size()));
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

    @Test
    void theRuleTableNamesOnlyRulesSquawkKnows() throws IOException {
        assumeTrue(Squawk.npmAvailable(), "npm is not on the PATH: squawk-cli cannot be installed");
        Squawk squawk = Squawk.installInto(INSTALL_DIR);
        List<String> selectable = SquawkRuleTable.fromDocs().rows().keySet().stream()
                .filter(rule -> !rule.equals("unused-ignore")) // reported, but not selectable in 2.66.0
                .toList();
        Path empty = Files.writeString(Files.createTempFile("empty", ".sql"), "SELECT 1;\n");
        try {
            assertEquals(java.util.Optional.empty(), squawk.rejectedRuleNames(selectable, empty));
            assertTrue(
                    squawk.rejectedRuleNames(List.of("no-such-rule"), empty).isPresent(),
                    "squawk must refuse an unknown rule name, or the check above proves nothing");
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    private static String summary(List<SquawkComparison.Verdict> verdicts, int scripts, int locations) {
        Map<String, Long> byReason = new TreeMap<>(verdicts.stream()
                .collect(Collectors.groupingBy(
                        verdict -> verdict.outcome() + " " + verdict.finding().rule() + " <- " + verdict.reason(),
                        Collectors.counting())));
        StringBuilder text = new StringBuilder("squawk " + Squawk.VERSION + ": " + verdicts.size() + " findings in "
                + scripts + " scripts of " + locations + " migration locations\n");
        byReason.forEach((reason, count) -> text.append(String.format("%5d  %s%n", count, reason)));
        return text.toString();
    }
}
