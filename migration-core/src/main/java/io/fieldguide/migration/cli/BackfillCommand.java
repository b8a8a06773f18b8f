package io.fieldguide.migration.cli;

import io.fieldguide.migration.api.BackfillsResponse;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillService;
import io.fieldguide.migration.security.CallerName;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backfill [NAME] [--batch-size N] [--restart]}: runs a declared backfill in this process
 * until it is complete, resuming from its checkpoints (other instances running it share the work);
 * without a name, lists the declared backfills and their progress.
 */
@Dependent
@Command(
        name = "backfill",
        description = {
            "Run the declared backfill NAME in this process until it is complete, resuming from its last"
                    + " checkpoint. Without NAME, list the declared backfills and their progress.",
            "Exit 1 when the backfill fails or is cancelled."
        },
        footer = CliCommands.FOOTER)
class BackfillCommand extends CliCommand {

    @Inject
    BackfillService backfills;

    @Parameters(
            arity = "0..1",
            paramLabel = "NAME",
            description = "The declared backfill to run; without it, list them.")
    String name;

    @Option(names = "--batch-size", paramLabel = "N", description = "Keys per batch (default: the service's setting).")
    Integer batchSize;

    @Option(names = "--restart", description = "Forget the job's checkpoints first and walk the whole table again.")
    boolean restart;

    @Override
    public Integer call() {
        CliOutput output = output();
        if (name == null) {
            if (restart || batchSize != null) {
                throw usageError("--restart and --batch-size need the backfill's NAME");
            }
            return list(output);
        }
        if (batchSize != null && batchSize < 1) {
            throw usageError("--batch-size must be at least 1, was " + batchSize);
        }
        BackfillOptions options =
                batchSize == null ? backfills.defaults() : backfills.defaults().withBatchSize(batchSize);
        if (restart) {
            backfills.reset(name);
        }
        BackfillProgress progress = backfills.runNow(name, options, CallerName.ofCommandLine());
        output.document(progress);
        output.line(describe(progress));
        if (!progress.isFinished()) {
            output.errorLine("backfill " + progress.name() + " stopped " + progress.status() + " before the end");
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private int list(CliOutput output) {
        List<String> declared = backfills.names();
        List<BackfillProgress> jobs = backfills.all();
        output.document(new BackfillsResponse(declared, jobs, "Backfills retrieved successfully"));
        output.line(
                declared.isEmpty()
                        ? "This service declares no backfills."
                        : "Declared backfills: " + String.join(", ", declared));
        jobs.forEach(job -> output.line("  " + describe(job)));
        return ExitCode.OK;
    }

    /** e.g. {@code fill-client-id completed: 20000 of 20000 keys (100.0%), 19998 rows changed, 5120 rows/s}. */
    static String describe(BackfillProgress progress) {
        StringBuilder text = new StringBuilder()
                .append(progress.name())
                .append(' ')
                .append(progress.status())
                .append(": ")
                .append(progress.doneKeys())
                .append(" of ")
                .append(progress.totalKeys())
                .append(" keys (")
                .append(String.format("%.1f%%", progress.percent()))
                .append("), ")
                .append(progress.rowsChanged())
                .append(" rows changed, ")
                .append(Math.round(progress.rowsPerSecond()))
                .append(" rows/s");
        if (!progress.isFinished() && progress.etaSeconds() != null) {
            text.append(", about ").append(progress.etaSeconds()).append(" s to go");
        }
        if (progress.lastError() != null) {
            text.append("; last error: ").append(MigrationCli.oneLine(progress.lastError()));
        }
        return text.toString();
    }
}
