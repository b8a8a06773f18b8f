package io.fieldguide.migration.lint;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the linter is set up.
 *
 * @param flywayMixed mirror of Flyway's {@code mixed} setting ({@code quarkus.flyway.mixed}). With
 *     the default {@code false}, Flyway refuses any script that puts a transactional statement,
 *     even a {@code SET}, next to {@code CREATE INDEX CONCURRENTLY}; with {@code true} it runs such
 *     a script without a transaction, and the linter then lets {@code SET}/{@code RESET} through.
 * @param disabledRules rules not to report at all
 */
public record LintConfig(boolean flywayMixed, Set<LintRule> disabledRules) {

    public LintConfig {
        disabledRules = disabledRules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabledRules));
    }

    /** Flyway's defaults, every rule enabled. */
    public static LintConfig defaults() {
        return new LintConfig(false, Set.of());
    }

    public LintConfig withFlywayMixed(boolean mixed) {
        return new LintConfig(mixed, disabledRules);
    }

    public LintConfig disabling(LintRule... rules) {
        Set<LintRule> disabled =
                disabledRules.isEmpty() ? EnumSet.noneOf(LintRule.class) : EnumSet.copyOf(disabledRules);
        disabled.addAll(Set.of(rules));
        return new LintConfig(flywayMixed, disabled);
    }

    public boolean isEnabled(LintRule rule) {
        return !disabledRules.contains(rule);
    }
}
