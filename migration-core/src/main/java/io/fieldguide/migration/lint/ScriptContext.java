package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the linter knows about the script being linted: its name and kind, its statements, and the
 * state built up statement by statement (tables and indexes created so far, constraints added NOT
 * VALID, NOT NULL checks including those of the module's earlier scripts, whether a lock_timeout is
 * in force). Also collects the findings.
 */
final class ScriptContext {

    /** A finding and the statement it belongs to, so that a statement-scoped allow marker can drop it. */
    record PendingFinding(LintFinding finding, int statementIndex) {}

    /** A constraint added NOT VALID by this script, whose ADD took a lock that lasts until commit. */
    private record NotValidConstraint(QualifiedName table, String name) {}

    /** {@code 0}, {@code '0'}, {@code '0ms'}, {@code '0s'}...: all disable the timeout. */
    private static final Pattern ZERO_DURATION = Pattern.compile("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?");

    private final String scriptName;
    private final boolean undo;
    private final LintConfig config;
    private final List<AnalyzedStatement> statements;
    private final boolean runsOutsideTransaction;
    private final List<QualifiedName> createdTables = new ArrayList<>();
    private final List<QualifiedName> createdIndexes = new ArrayList<>();
    private final NotNullChecks notNullChecks;
    private final List<NotValidConstraint> notValidConstraints = new ArrayList<>();
    private final List<PendingFinding> findings = new ArrayList<>();
    private final Set<LintRule> reportedRules = EnumSet.noneOf(LintRule.class);
    private boolean lockTimeoutSet;

    /**
     * @param earlierChecks the NOT NULL checks the module's earlier scripts left; copied, not changed
     */
    ScriptContext(
            String scriptName,
            boolean undo,
            LintConfig config,
            List<AnalyzedStatement> statements,
            NotNullChecks earlierChecks) {
        this.scriptName = scriptName;
        this.notNullChecks = earlierChecks.copy();
        this.undo = undo;
        this.config = config;
        this.statements = List.copyOf(statements);
        this.runsOutsideTransaction =
                statements.stream().anyMatch(statement -> FlywayTransactions.isNonTransactional(statement.sql()));
    }

    /** Whether this is an undo ({@code U...}) script, which may drop what its V script created. */
    boolean isUndo() {
        return undo;
    }

    LintConfig config() {
        return config;
    }

    List<AnalyzedStatement> statements() {
        return statements;
    }

    /** Whether Flyway will run this script without a transaction: it holds a CONCURRENTLY index change or similar. */
    boolean runsOutsideTransaction() {
        return runsOutsideTransaction;
    }

    /** Whether the table was created earlier in this script, so nobody else can be using it yet. */
    boolean isNewTable(QualifiedName table) {
        return table != null && createdTables.stream().anyMatch(table::sameRelationAs);
    }

    /** A table that may hold rows and serve traffic: not created earlier in this script. */
    boolean isExistingTable(QualifiedName table) {
        return table != null && !isNewTable(table);
    }

    boolean isNewIndex(QualifiedName index) {
        return index != null && createdIndexes.stream().anyMatch(index::sameRelationAs);
    }

    /**
     * Whether a valid {@code CHECK (column IS NOT NULL)} on the table exists at this point: made
     * valid earlier in this script or by an earlier script of the module.
     */
    boolean hasValidNotNullCheck(QualifiedName table, String column) {
        return notNullChecks.hasValid(table, column);
    }

    /** Whether this script added the table's constraint NOT VALID before this statement. */
    boolean addedNotValidHere(QualifiedName table, String constraint) {
        return constraint != null
                && notValidConstraints.stream()
                        .anyMatch(added ->
                                added.name().equals(constraint) && added.table().sameRelationAs(table));
    }

    /** The NOT NULL checks as this script leaves them, for the module's next script. */
    NotNullChecks notNullChecks() {
        return notNullChecks.copy();
    }

    boolean lockTimeoutSet() {
        return lockTimeoutSet;
    }

    void report(LintRule rule, AnalyzedStatement statement, int line, String message, String hint) {
        findings.add(new PendingFinding(new LintFinding(rule, scriptName, line, message, hint), statement.index()));
        reportedRules.add(rule);
    }

    boolean hasReported(LintRule rule) {
        return reportedRules.contains(rule);
    }

    List<PendingFinding> findings() {
        return List.copyOf(findings);
    }

    /** Updates the script state with what the statement did; called after all checks have seen it. */
    void record(AnalyzedStatement statement) {
        ParsedStatement parsed = statement.parsed();
        if (parsed instanceof ParsedStatement.CreateTable create) {
            createdTables.add(create.table());
        } else if (parsed instanceof ParsedStatement.CreateIndex index && index.name() != null) {
            createdIndexes.add(index.name());
        } else if (parsed instanceof ParsedStatement.CreateMaterializedView view) {
            createdTables.add(view.name());
        } else if (parsed instanceof ParsedStatement.AlterTable alter) {
            recordAlterTable(alter);
        } else if (parsed instanceof ParsedStatement.SetParameter set) {
            recordSet(set);
        } else if (parsed instanceof ParsedStatement.Drop drop && drop.drops("TABLE")) {
            drop.names().forEach(notNullChecks::tableDropped);
        }
    }

    private void recordAlterTable(ParsedStatement.AlterTable alter) {
        notNullChecks.apply(alter);
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.notValid() && add.name() != null) {
                notValidConstraints.add(new NotValidConstraint(alter.table(), add.name()));
            } else if (action instanceof AlterAction.RenameTable rename
                    && isNewTable(alter.table())
                    && rename.to() != null) {
                createdTables.add(new QualifiedName(alter.table().schema(), rename.to()));
            }
        }
    }

    private void recordSet(ParsedStatement.SetParameter set) {
        if (set.name().equals("lock_timeout")) {
            lockTimeoutSet = !set.isReset() && !isZeroOrDefault(set.value());
        } else if (set.name().equals("all") && set.isReset()) {
            lockTimeoutSet = false;
        }
    }

    private static boolean isZeroOrDefault(String value) {
        String trimmed = value.trim();
        return trimmed.equalsIgnoreCase("default")
                || ZERO_DURATION.matcher(trimmed).matches();
    }
}
