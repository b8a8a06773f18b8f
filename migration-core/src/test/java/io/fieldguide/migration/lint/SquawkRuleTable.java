package io.fieldguide.migration.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "squawk rule | our rule | difference" table of docs/lint-rules.md, read as data: for each
 * squawk rule, the rules of ours that report the same statements and the documented differences
 * (in brackets) that excuse what ours does not report.
 */
final class SquawkRuleTable {

    /** Every rule of squawk 2.66.0, as its CLI accepts them in --exclude (unused-ignore is not selectable). */
    static final List<String> SQUAWK_2_66_0_RULES = List.of(
            "adding-field-with-default",
            "adding-foreign-key-constraint",
            "adding-not-nullable-field",
            "adding-required-field",
            "adding-serial-primary-key-field",
            "ban-alter-domain-with-add-constraint",
            "ban-char-field",
            "ban-concurrent-index-creation-in-transaction",
            "ban-create-domain-with-constraint",
            "ban-drop-column",
            "ban-drop-database",
            "ban-drop-not-null",
            "ban-drop-table",
            "ban-duplicate-column-assignments",
            "ban-truncate-cascade",
            "ban-uncommitted-transaction",
            "changing-column-type",
            "constraint-missing-not-valid",
            "disallowed-unique-constraint",
            "identifier-too-long",
            "prefer-bigint-over-int",
            "prefer-bigint-over-smallint",
            "prefer-identity",
            "prefer-repack",
            "prefer-robust-stmts",
            "prefer-text-field",
            "prefer-timestamptz",
            "renaming-column",
            "renaming-table",
            "require-concurrent-index-creation",
            "require-concurrent-index-deletion",
            "require-concurrent-partition-detach",
            "require-concurrent-reindex",
            "require-enum-value-ordering",
            "require-lock-timeout",
            "require-statement-timeout",
            "require-table-schema",
            "require-timeout-settings",
            "transaction-nesting",
            "unused-ignore");

    /** One row: {@code ourRules} is empty where the table says "none". */
    record Row(String squawkRule, Set<String> ourRules, Set<String> differences) {}

    private static final String HEADER = "| squawk rule | our rule | difference |";
    private static final String DIFFERENCE_HEADER = "| difference | what it excuses |";
    private static final Pattern CODE = Pattern.compile("`([a-z-]+)`");
    private static final Pattern BRACKETED = Pattern.compile("\\[([a-z-]+)]");

    private final Map<String, Row> rows;
    private final Set<String> describedDifferences;

    private SquawkRuleTable(Map<String, Row> rows, Set<String> describedDifferences) {
        this.rows = rows;
        this.describedDifferences = describedDifferences;
    }

    static SquawkRuleTable fromDocs() throws IOException {
        List<String> lines = Files.readAllLines(document());
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String[] cells : tableAfter(lines, HEADER)) {
            String squawkRule = firstCode(cells[0]);
            Set<String> ours = new LinkedHashSet<>();
            Matcher code = CODE.matcher(cells[1]);
            while (code.find()) {
                ours.add(code.group(1));
            }
            Set<String> differences = new LinkedHashSet<>();
            Matcher bracketed = BRACKETED.matcher(cells[2]);
            while (bracketed.find()) {
                differences.add(bracketed.group(1));
            }
            rows.put(squawkRule, new Row(squawkRule, ours, differences));
        }
        Set<String> described = new LinkedHashSet<>();
        for (String[] cells : tableAfter(lines, DIFFERENCE_HEADER)) {
            described.add(firstCode(cells[0]));
        }
        return new SquawkRuleTable(rows, described);
    }

    Map<String, Row> rows() {
        return rows;
    }

    /** The difference ids the table above the rule table explains. */
    Set<String> describedDifferences() {
        return describedDifferences;
    }

    Row row(String squawkRule) {
        return rows.get(squawkRule);
    }

    private static List<String[]> tableAfter(List<String> lines, String header) {
        int start = lines.indexOf(header);
        if (start < 0) {
            throw new IllegalStateException("docs/lint-rules.md has no table headed " + header);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(String::trim)
                    .toArray(String[]::new);
            rows.add(cells);
        }
        return rows;
    }

    private static String firstCode(String cell) {
        Matcher code = CODE.matcher(cell);
        if (!code.find()) {
            throw new IllegalStateException("no `rule-id` in table cell: " + cell);
        }
        return code.group(1);
    }

    static Path document() {
        return repositoryRoot().resolve("docs/lint-rules.md");
    }

    /** The multi-module root: the nearest directory upwards that holds docs/lint-rules.md and migration-core. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/lint-rules.md"))
                    && Files.isDirectory(dir.resolve("migration-core"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no repository root above " + Path.of("").toAbsolutePath());
    }
}
