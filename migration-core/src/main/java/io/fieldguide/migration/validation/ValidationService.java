package io.fieldguide.migration.validation;

import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.history.RunRecorder;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Checks the live schema against every {@link SchemaExpectation} the service declares, and Flyway's
 * checksums of the applied scripts against the scripts on the class path.
 */
@ApplicationScoped
public class ValidationService {

    private final Instance<SchemaExpectation> expectations;
    private final ServiceFlyway serviceFlyway;
    private final DataSource dataSource;
    private final RunRecorder recorder;

    ValidationService(
            Instance<SchemaExpectation> expectations,
            ServiceFlyway serviceFlyway,
            DataSource dataSource,
            RunRecorder recorder) {
        this.expectations = expectations;
        this.serviceFlyway = serviceFlyway;
        this.dataSource = dataSource;
        this.recorder = recorder;
    }

    public ValidationReport validate(String triggeredBy) {
        Instant startedAt = Instant.now();
        List<ValidationFinding> findings = new ArrayList<>(flywayFindings());
        try (Connection connection = dataSource.getConnection()) {
            for (SchemaExpectation expectation : expectations) {
                findings.addAll(
                        SchemaComparison.compare(expectation, LiveCatalog.read(connection, expectation.schema())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema catalog", e);
        }
        ValidationReport report = ValidationReport.of(findings);
        String summary = report.valid()
                ? null
                : findings.size() + " findings, first: " + findings.get(0).message();
        recorder.record(
                List.of(new MigrationStep(
                        RunKind.VALIDATE,
                        "validate",
                        null,
                        Direction.NONE,
                        startedAt,
                        Instant.now(),
                        report.valid(),
                        summary)),
                triggeredBy);
        return report;
    }

    private List<ValidationFinding> flywayFindings() {
        ValidateResult result = serviceFlyway.forValidation().validateWithResult();
        List<ValidationFinding> findings = new ArrayList<>();
        for (ValidateOutput invalid : result.invalidMigrations) {
            String message = invalid.errorDetails == null ? "invalid" : invalid.errorDetails.errorMessage;
            boolean checksum = message != null && message.toLowerCase().contains("checksum");
            findings.add(new ValidationFinding(
                    checksum ? ValidationFinding.Kind.CHECKSUM_MISMATCH : ValidationFinding.Kind.FLYWAY,
                    "migration",
                    invalid.version + "_" + invalid.description.replace(' ', '_'),
                    null,
                    null,
                    message));
        }
        return findings;
    }
}
