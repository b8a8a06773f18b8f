package io.fieldguide.migration.javamigration;

import static io.fieldguide.migration.javamigration.Operations.column;
import static io.fieldguide.migration.javamigration.Operations.createTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.testschema.V4__Create_gadgets;
import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.validation.ValidationFinding;
import io.fieldguide.migration.validation.ValidationReport;
import io.fieldguide.migration.validation.ValidationService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Java migration edited after it was applied fails validation, as an edited script does. */
@QuarkusTest
class JavaMigrationChecksumTest {

    /** A schema of its own, so that this Flyway's history does not meet the service's. */
    private static final String SCHEMA = "java_checksum";

    @Inject
    DataSource dataSource;

    @Inject
    ServiceFlyway serviceFlyway;

    @Inject
    MigrateService migrate;

    @Inject
    ValidationService validation;

    @BeforeEach
    @AfterEach
    void noChecksumSchema() {
        DatabaseReset.execute(dataSource, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void theChecksumFollowsThePlannedSql() {
        assertEquals(new AsApplied.V1__Create_parts().getChecksum(), new AsApplied.V1__Create_parts().getChecksum());
        assertNotEquals(new AsApplied.V1__Create_parts().getChecksum(), new AsEdited.V1__Create_parts().getChecksum());
    }

    @Test
    void anEditedAppliedJavaMigrationFailsValidationAndBlocksTheNextMigrate() {
        flyway(new AsApplied.V1__Create_parts()).migrate();
        assertTrue(flyway(new AsApplied.V1__Create_parts()).validateWithResult().validationSuccessful);

        ValidateResult edited = flyway(new AsEdited.V1__Create_parts()).validateWithResult();

        assertFalse(edited.validationSuccessful);
        String message = edited.invalidMigrations.get(0).errorDetails.errorMessage;
        assertTrue(message.toLowerCase().contains("checksum mismatch"), message);
        assertThrows(FlywayValidateException.class, () -> flyway(new AsEdited.V1__Create_parts())
                .migrate());
    }

    @Test
    void theServiceRecordsAJavaMigrationsChecksumAndItsValidationReportsAMismatch() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        assertTrue(migrate.migrate("4", false, "tester").success());
        assertEquals(
                (long) new V4__Create_gadgets().getChecksum(),
                TestSql.count(dataSource, "SELECT checksum FROM flyway_schema_history WHERE version = '4'"));
        // What editing V4 after it ran looks like to Flyway: the recorded checksum no longer matches.
        DatabaseReset.execute(
                dataSource, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '4'");

        ValidationReport report = validation.validate("tester");

        ValidationFinding finding = report.findings().get(0);
        assertEquals(ValidationFinding.Kind.CHECKSUM_MISMATCH, finding.kind());
        assertEquals("4_Create_gadgets", finding.name());
    }

    private Flyway flyway(JavaMigration migration) {
        return Flyway.configure(serviceFlyway.flyway().getConfiguration().getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:io/fieldguide/migration/javamigration/no-scripts")
                .javaMigrations(migration)
                .load();
    }

    /** The migration as it was applied. */
    static final class AsApplied {

        public static final class V1__Create_parts extends OperationsMigration {

            @Override
            protected List<SchemaOperation> operations() {
                return List.of(createTable("parts", column("id", "bigint PRIMARY KEY")));
            }
        }
    }

    /** The same migration after someone edited it: one more column. */
    static final class AsEdited {

        public static final class V1__Create_parts extends OperationsMigration {

            @Override
            protected List<SchemaOperation> operations() {
                return List.of(createTable("parts", column("id", "bigint PRIMARY KEY"), column("label", "text")));
            }
        }
    }
}
