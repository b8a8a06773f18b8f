package io.fieldguide.migration.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValidationServiceTest {

    @Inject
    ValidationService validation;

    @Inject
    MigrateService migrate;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fullyMigrated() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        assertTrue(migrate.migrate(null, false, "tester").success());
    }

    @Test
    void aSchemaAsDeclaredIsValid() {
        ValidationReport report = validation.validate("tester");

        assertEquals(List.of(), report.findings());
        assertTrue(report.valid());
    }

    @Test
    void aDroppedIndexIsReportedMissing() {
        DatabaseReset.execute(dataSource, "DROP INDEX widgets_name_idx");

        ValidationReport report = validation.validate("tester");

        assertFalse(report.valid());
        assertEquals(
                List.of(new ValidationFinding(
                        ValidationFinding.Kind.MISSING,
                        "index",
                        "widgets_name_idx",
                        null,
                        null,
                        "index widgets_name_idx is missing")),
                report.findings());
    }

    @Test
    void anEditedAppliedScriptIsReportedAsAChecksumMismatch() {
        // What editing V2 after it ran looks like to Flyway: the recorded checksum no longer matches.
        DatabaseReset.execute(
                dataSource, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");

        ValidationReport report = validation.validate("tester");

        assertFalse(report.valid());
        ValidationFinding finding = report.findings().get(0);
        assertEquals(ValidationFinding.Kind.CHECKSUM_MISMATCH, finding.kind());
        assertEquals("2_add_widget_color", finding.name());
    }

    @Test
    void differentTypesNullabilityAndUndeclaredObjectsAreReported() {
        DatabaseReset.execute(
                dataSource,
                "UPDATE widgets SET color = 'red'; ALTER TABLE widgets ALTER COLUMN color SET NOT NULL;"
                        + " ALTER TABLE widget_audit ALTER COLUMN widget_id TYPE integer;"
                        + " CREATE TABLE stray (id bigint); ALTER TABLE gadgets DROP CONSTRAINT gadgets_widget_id_fkey");

        List<String> messages = validation.validate("tester").findings().stream()
                .map(ValidationFinding::message)
                .toList();

        assertTrue(messages.contains("column widgets.color is NOT NULL, expected nullable"), messages.toString());
        assertTrue(messages.contains("column widget_audit.widget_id is integer, expected bigint"), messages.toString());
        assertTrue(messages.contains("table stray is not declared"), messages.toString());
        assertTrue(messages.contains("foreign key gadgets.gadgets_widget_id_fkey is missing"), messages.toString());
        assertEquals(4, messages.size(), messages.toString());
    }

    @Test
    void aFailedConcurrentIndexBuildIsReportedInvalid() {
        // What a CREATE INDEX CONCURRENTLY that failed half-way leaves behind.
        DatabaseReset.execute(
                dataSource, "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'widgets_name_idx'::regclass");

        List<ValidationFinding> findings = validation.validate("tester").findings();

        assertEquals(
                List.of(ValidationFinding.Kind.DIFFERENT),
                findings.stream().map(ValidationFinding::kind).toList());
        assertEquals("invalid", findings.get(0).actual());
    }
}
