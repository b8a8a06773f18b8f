package io.fieldguide.migration.javamigration;

import static io.fieldguide.migration.javamigration.Operations.addColumn;
import static io.fieldguide.migration.javamigration.Operations.column;
import static io.fieldguide.migration.javamigration.Operations.createIndex;
import static io.fieldguide.migration.javamigration.Operations.dropOldColumnName;
import static io.fieldguide.migration.javamigration.Operations.renameColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.MigrationLinter;
import io.fieldguide.migration.lint.PlannedScript;
import io.fieldguide.migration.rollback.ReversibleMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL a Java migration will run gets the lint the scripts get, with @LintAllow as its allow marker. */
class JavaMigrationLintTest {

    @Test
    void aBlockingIndexBuildOnAnExistingTableIsReportedAgainstTheJavaMigration() {
        List<LintFinding> findings = lint(new V1__Listed_operations(createIndex("parts", "owner_id")));

        assertEquals(
                List.of(
                        "V1__Listed_operations.java require-concurrent-index-creation",
                        "U1__Listed_operations.java require-concurrent-index-deletion"),
                summary(findings));
    }

    @Test
    void itsDownIsLintedAsAnUndoScriptWhereDropsAreAllowed() {
        List<PlannedScript> scripts =
                JavaMigrationScripts.of(new V1__Listed_operations(addColumn("parts", column("label", "text"))));

        assertEquals(
                List.of("V1__Listed_operations.java", "U1__Listed_operations.java"),
                scripts.stream().map(PlannedScript::name).toList());
        assertEquals(List.of(), summary(lint(scripts)), "the down's DROP COLUMN is an undo's drop");
    }

    @Test
    void theRenamesExpandStepIsCleanAndItsContractStepNeedsItsDropAllowed() {
        assertEquals(
                List.of(), summary(lint(new V1__Listed_operations(renameColumn("parts", "label", "name", "text")))));
        assertEquals(List.of("V2__Contract.java ban-drop-column"), summary(lint(new V2__Contract())));
        assertEquals(List.of(), summary(lint(new V3__Allowed_contract())));
    }

    @Test
    void anAllowanceThatAllowsNothingIsReportedLikeAnUnusedMarker() {
        assertEquals(
                List.of("V4__Needless_allowance.java unused-allow-marker"),
                summary(lint(new V4__Needless_allowance())));
    }

    @Test
    void theJavaMigrationsOfALocationAreFoundOnTheClasspath() {
        List<PlannedScript> scripts = JavaMigrationScripts.inLocation(
                "classpath:db/testschema", getClass().getClassLoader());

        assertEquals(
                List.of("V4__Create_gadgets.java", "U4__Create_gadgets.java"),
                scripts.stream().map(PlannedScript::name).toList());
    }

    private static List<LintFinding> lint(ReversibleMigration migration) {
        return lint(JavaMigrationScripts.of(migration));
    }

    private static List<LintFinding> lint(List<PlannedScript> scripts) {
        MigrationLinter linter = new MigrationLinter();
        return scripts.stream()
                .flatMap(script -> linter.lint(script.name(), script.sql()).stream())
                .toList();
    }

    private static List<String> summary(List<LintFinding> findings) {
        return findings.stream()
                .map(finding -> finding.script() + " " + finding.ruleId())
                .toList();
    }

    public static final class V2__Contract extends OperationsMigration {
        @Override
        protected List<SchemaOperation> operations() {
            return List.of(dropOldColumnName("parts", "label", "name", "text"));
        }
    }

    @LintAllow(rule = "ban-drop-column", reason = "no release reads label any more; name holds its values")
    public static final class V3__Allowed_contract extends OperationsMigration {
        @Override
        protected List<SchemaOperation> operations() {
            return List.of(dropOldColumnName("parts", "label", "name", "text"));
        }
    }

    @LintAllow(rule = "prefer-text-field", reason = "there is no varchar here")
    public static final class V4__Needless_allowance extends OperationsMigration {
        @Override
        protected List<SchemaOperation> operations() {
            return List.of(addColumn("parts", column("label", "text")));
        }
    }
}
