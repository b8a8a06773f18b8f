package io.fieldguide.migration.cli;

import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.validation.ValidationFinding;
import io.fieldguide.migration.validation.ValidationReport;
import io.fieldguide.migration.validation.ValidationService;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code validate}: the live schema against the declared one, and Flyway's checksums. */
@ApplicationScoped
class ValidateCommand implements CliCommand {

    private final ValidationService validation;

    ValidateCommand(ValidationService validation) {
        this.validation = validation;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return CliArguments.Syntax.none();
    }

    @Override
    public int run(CliArguments args, CliOutput output) {
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
