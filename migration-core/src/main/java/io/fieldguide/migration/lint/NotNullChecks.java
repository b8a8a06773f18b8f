package io.fieldguide.migration.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code CHECK (column IS NOT NULL)} constraints a module's scripts have added, validated and
 * dropped so far. PostgreSQL 12+ skips the full-table scan of {@code SET NOT NULL} when a valid such
 * check exists, whichever migration made it valid, so the state is carried from one script of a
 * module to the next (see {@link MigrationLinter#lintModule}).
 */
final class NotNullChecks {

    private record Check(QualifiedName table, String constraint, String column, boolean valid) {

        boolean isNamed(QualifiedName otherTable, String name) {
            return constraint != null && constraint.equals(name) && table.sameRelationAs(otherTable);
        }
    }

    private final List<Check> checks;

    private NotNullChecks(List<Check> checks) {
        this.checks = checks;
    }

    /** What a module knows before its first script, or a script linted on its own: nothing. */
    static NotNullChecks none() {
        return new NotNullChecks(new ArrayList<>());
    }

    /** An independent copy, so that linting one script cannot change what the previous one left. */
    NotNullChecks copy() {
        return new NotNullChecks(new ArrayList<>(checks));
    }

    /** Records what the ALTER TABLE does to the checks: adds, validates or drops them. */
    void apply(ParsedStatement.AlterTable alter) {
        QualifiedName table = alter.table();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.notNullCheckColumn() != null) {
                checks.add(new Check(table, add.name(), add.notNullCheckColumn(), !add.notValid()));
            } else if (action instanceof AlterAction.ValidateConstraint validate) {
                checks.replaceAll(check -> check.isNamed(table, validate.name())
                        ? new Check(check.table(), check.constraint(), check.column(), true)
                        : check);
            } else if (action instanceof AlterAction.DropConstraint drop) {
                checks.removeIf(check -> check.isNamed(table, drop.name()));
            } else if (action instanceof AlterAction.DropColumn drop) {
                checks.removeIf(check ->
                        check.column().equals(drop.column()) && check.table().sameRelationAs(table));
            }
        }
    }

    /** A dropped table takes its checks with it. */
    void tableDropped(QualifiedName table) {
        checks.removeIf(check -> check.table().sameRelationAs(table));
    }

    /** Whether a valid {@code CHECK (column IS NOT NULL)} on the table exists. */
    boolean hasValid(QualifiedName table, String column) {
        return checks.stream()
                .anyMatch(check -> check.valid()
                        && check.column().equals(column)
                        && check.table().sameRelationAs(table));
    }
}
