package io.fieldguide.learning.cli;

import io.fieldguide.learning.seed.LearningSeeder;
import io.fieldguide.learning.seed.SeedSize;
import io.fieldguide.migration.cli.ConnectionCheck;
import io.fieldguide.migration.cli.ExitCode;
import io.fieldguide.migration.cli.ServiceCommand;
import io.fieldguide.migration.cli.ServiceScriptLint;
import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.LintReport;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.validation.ValidationReport;
import io.fieldguide.migration.validation.ValidationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code test-migrations}: the guide's six-step suite against the service's database, each step
 * reported; the first failure stops it and the steps after it are reported as skipped.
 */
@Dependent
@Command(
        name = "test-migrations",
        description = {
            "The guide's suite on the service's database: 1 lint the scripts (the jar is already built),"
                    + " 2 test the connection, 3 run all migrations, 4 validate the schema, 5 seed test data,"
                    + " 6 test basic queries. It migrates and seeds that database: point it at a test one.",
            "Exit 1 when a step fails."
        })
public class TestMigrationsCommand extends ServiceCommand {

    @Inject
    ServiceScriptLint scriptLint;

    @Inject
    ConnectionCheck connection;

    @Inject
    MigrateService migrate;

    @Inject
    ValidationService validation;

    @Inject
    LearningSeeder seeder;

    @Inject
    GuideQueries queries;

    /** One step as reported: {@code outcome} is passed, failed or skipped. */
    public record Step(int number, String name, String outcome, long millis, String detail) {}

    public record Report(boolean passed, List<Step> steps) {}

    /** A step that ran and found a problem (as opposed to one that threw). */
    private static final class StepFailed extends Exception {
        StepFailed(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        String caller = CallerName.ofCommandLine();
        List<Step> steps = new ArrayList<>();
        run(steps, "lint the scripts", this::lint);
        run(steps, "test the connection", () -> {
            ConnectionCheck.Reached reached = connection.check();
            return reached.database() + " on " + reached.serverVersion();
        });
        run(steps, "run all migrations", () -> migrateAll(caller));
        run(steps, "validate the schema", () -> validate(caller));
        run(steps, "seed test data", () -> SeedCommand.summary(seeder.seed(SeedSize.DEFAULT)));
        run(steps, "test basic queries", queries::run);
        Report report =
                new Report(steps.stream().allMatch(step -> step.outcome().equals("passed")), steps);
        document(report);
        steps.forEach(step -> line(
                "%d  %-20s %-7s %6d ms  %s", step.number(), step.name(), step.outcome(), step.millis(), step.detail()));
        if (!report.passed()) {
            errorLine("test-migrations failed at: "
                    + steps.stream()
                            .filter(step -> step.outcome().equals("failed"))
                            .findFirst()
                            .map(Step::name)
                            .orElseThrow());
            return ExitCode.FAILED;
        }
        line("All %d steps passed.", steps.size());
        return ExitCode.OK;
    }

    private static void run(List<Step> steps, String name, Callable<String> action) {
        int number = steps.size() + 1;
        if (steps.stream().anyMatch(step -> !step.outcome().equals("passed"))) {
            steps.add(new Step(number, name, "skipped", 0, "an earlier step failed"));
            return;
        }
        long start = System.nanoTime();
        String outcome = "passed";
        String detail;
        try {
            detail = action.call();
        } catch (Exception e) {
            outcome = "failed";
            detail = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
        }
        steps.add(new Step(number, name, outcome, (System.nanoTime() - start) / 1_000_000, detail));
    }

    private String lint() throws Exception {
        List<String> locations = scriptLint.ownLocations();
        List<LintFinding> findings = scriptLint.lint(locations);
        String summary = LintReport.summary(findings) + " in " + String.join(", ", locations);
        if (!findings.isEmpty()) {
            throw new StepFailed(summary);
        }
        return summary;
    }

    private String migrateAll(String caller) throws StepFailed {
        RunOutcome outcome = migrate.migrate(null, false, caller);
        if (!outcome.success()) {
            throw new StepFailed(outcome.firstFailure().name() + ": "
                    + outcome.firstFailure().errorMessage());
        }
        return outcome.steps().isEmpty() ? "nothing pending" : outcome.steps().size() + " applied";
    }

    private String validate(String caller) throws StepFailed {
        ValidationReport report = validation.validate(caller);
        if (!report.valid()) {
            throw new StepFailed(report.findings().size() + " findings, first: "
                    + report.findings().get(0).message());
        }
        return "the schema matches what the service declares";
    }
}
