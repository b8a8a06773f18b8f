package io.fieldguide.migration.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/lint-rules.md honest: every rule has a section, and every example in it behaves as
 * the document says. A {@code ```sql flagged} block must raise the rule of its section, a
 * {@code ```sql accepted [script-name]} block must raise nothing. A block may hold several scripts
 * of one module, each starting with a {@code -- script: <file name>} line; they are linted in order,
 * as a module's scripts are.
 */
class LintRulesDocTest {

    record Example(String rule, boolean flagged, String scriptName, String sql, int docLine) {}

    private static Path document() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/lint-rules.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "docs/lint-rules.md not found above " + Path.of("").toAbsolutePath());
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(document());
        List<Example> examples = new ArrayList<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "").trim();
            } else if (line.startsWith("```sql flagged") || line.startsWith("```sql accepted")) {
                String[] info = line.substring(3).trim().split("\\s+");
                StringBuilder sql = new StringBuilder();
                int start = i + 1;
                while (!lines.get(++i).startsWith("```")) {
                    sql.append(lines.get(i)).append('\n');
                }
                String scriptName = info.length > 2 ? info[2] : "V1__example.sql";
                examples.add(new Example(section, info[1].equals("flagged"), scriptName, sql.toString(), start));
            }
        }
        return examples;
    }

    @Test
    void everyRuleHasASectionWithBothKindsOfExample() throws IOException {
        List<Example> examples = examples();
        for (LintRule rule : LintRule.values()) {
            assertTrue(
                    examples.stream().anyMatch(e -> e.rule().equals(rule.id()) && e.flagged()),
                    "no flagged example for " + rule.id());
            assertTrue(
                    examples.stream().anyMatch(e -> e.rule().equals(rule.id()) && !e.flagged()),
                    "no accepted example for " + rule.id());
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesBehaveAsDocumented() throws IOException {
        return examples().stream()
                .map(example -> DynamicTest.dynamicTest(
                        example.rule() + (example.flagged() ? " flagged" : " accepted") + " (line " + example.docLine()
                                + ")",
                        () -> check(example)));
    }

    private static final String SCRIPT_START = "-- script: ";

    /** The block's scripts: one per {@code -- script:} line, or the whole block under the block's script name. */
    static List<MigrationScripts.Script> scriptsOf(String block, String defaultName) {
        if (!block.startsWith(SCRIPT_START)) {
            return List.of(new MigrationScripts.Script(defaultName, block));
        }
        List<MigrationScripts.Script> scripts = new ArrayList<>();
        for (String part : block.substring(SCRIPT_START.length()).split("\n" + SCRIPT_START)) {
            int nameEnd = part.indexOf('\n');
            scripts.add(new MigrationScripts.Script(part.substring(0, nameEnd).trim(), part.substring(nameEnd + 1)));
        }
        return scripts;
    }

    private static void check(Example example) {
        List<LintFinding> findings =
                LintAssertions.LINTER.lintModule(scriptsOf(example.sql(), example.scriptName())).stream()
                        .flatMap(result -> result.findings().stream())
                        .toList();
        if (example.flagged()) {
            Set<String> rules = findings.stream().map(LintFinding::ruleId).collect(Collectors.toSet());
            assertTrue(rules.contains(example.rule()), () -> "expected " + example.rule() + " but got " + rules);
        } else {
            assertEquals(List.of(), findings, () -> LintReport.format(findings));
        }
    }
}
