package io.fieldguide.migration.lint;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one squawk finding, whether this linter reports the same thing, a documented
 * difference excuses it, or neither (a gap the cross-check fails on).
 */
final class SquawkComparison {

    enum Outcome {
        REPORTED,
        EXCUSED,
        UNEXPLAINED
    }

    /** @param reason the rule of ours that reports it, the difference that excuses it, or what is missing */
    record Verdict(SquawkFinding finding, Outcome outcome, String reason) {}

    /**
     * Our rules reported once per script, at the first statement that needs them; squawk may pick a
     * different first statement, so these match anywhere in the script.
     */
    private static final Set<String> ONCE_PER_SCRIPT = Set.of("require-lock-timeout");

    private final SquawkRuleTable table;

    SquawkComparison(SquawkRuleTable table) {
        this.table = table;
    }

    /**
     * @param ours the linter's findings for the script, those excused by lint:allow markers included:
     *     a reviewed exception is the lint reporting it
     */
    Verdict judge(SquawkFinding finding, ScriptFacts script, List<LintFinding> ours) {
        SquawkRuleTable.Row row = table.row(finding.rule());
        if (row == null) {
            return new Verdict(
                    finding,
                    Outcome.UNEXPLAINED,
                    "squawk rule " + finding.rule() + " has no row in docs/lint-rules.md");
        }
        int statement = script.statementAt(finding.line());
        Optional<LintFinding> same = ours.stream()
                .filter(our -> row.ourRules().contains(our.ruleId()))
                .filter(our -> ONCE_PER_SCRIPT.contains(our.ruleId()) || script.statementAt(our.line()) == statement)
                .findFirst();
        if (same.isPresent()) {
            return new Verdict(finding, Outcome.REPORTED, same.get().ruleId());
        }
        for (String id : row.differences()) {
            Optional<SquawkDifference> difference = SquawkDifference.fromId(id);
            if (statement >= 0
                    && difference.isPresent()
                    && difference.get().squawkRules().contains(finding.rule())
                    && difference.get().excuses(script, statement)) {
                return new Verdict(finding, Outcome.EXCUSED, id);
            }
        }
        return new Verdict(
                finding,
                Outcome.UNEXPLAINED,
                "not reported by "
                        + (row.ourRules().isEmpty() ? "any rule of ours" : String.join(" or ", row.ourRules()))
                        + " on that statement, and no documented difference " + row.differences() + " applies");
    }
}
