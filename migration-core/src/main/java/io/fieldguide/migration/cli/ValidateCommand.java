package io.fieldguide.migration.cli;

import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.validation.ValidationFinding;
import io.fieldguide.migration.validation.ValidationReport;
import io.fieldguide.migration.validation.ValidationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code validate}: the live schema against the declared one, and Flyway's checksums. */
@Dependent
@Command(
        name = "validate",
        description = {
            "Check the live schema against what the service declares, and the applied scripts against"
                    + " Flyway's checksums.",
            "Exit 1 when anything is missing, different, unexpected or edited."
        },
        footer = CliCommands.FOOTER)
class ValidateCommand extends CliCommand {

    @Inject
    ValidationService validation;

    @Override
    public Integer call() {
        CliOutput output = output();
        ValidationReport report = validation.validate(CallerName.ofCommandLine());
        output.document(report);
        if (report.valid()) {
            output.line("Valid: the schema matches what the service declares, and no applied script was edited.");
            return ExitCode.OK;
        }
        int count = report.findings().size();
        output.line("Invalid: " + count + (count == 1 ? " finding" : " findings") + ":");
        for (ValidationFinding finding : report.findings()) {
            output.line("  %-17s %s", finding.kind().wireName(), finding.message());
        }
        output.errorLine("validation found " + count + (count == 1 ? " difference" : " differences"));
        return ExitCode.FAILED;
    }
}
