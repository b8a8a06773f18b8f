package io.fieldguide.migration.lint;

import java.util.Map;

/**
 * One finding of squawk in one script.
 *
 * @param script the script's file name
 * @param line 1-based line (squawk's JSON counts from 0)
 * @param rule the rule, under the name the docs table uses
 * @param message squawk's message
 */
record SquawkFinding(String script, int line, String rule, String message) {

    /** squawk 2.66.0 accepts prefer-timestamptz but prints it as prefer-timestamp-tz. */
    private static final Map<String, String> PRINTED_NAMES = Map.of("prefer-timestamp-tz", "prefer-timestamptz");

    static SquawkFinding fromJson(String script, int zeroBasedLine, String printedRule, String message) {
        return new SquawkFinding(
                script, zeroBasedLine + 1, PRINTED_NAMES.getOrDefault(printedRule, printedRule), message);
    }

    @Override
    public String toString() {
        return script + ":" + line + " " + rule + " " + message;
    }
}
