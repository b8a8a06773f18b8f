package io.fieldguide.migration.cli;

import io.fieldguide.migration.api.BackfillsResponse;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillService;
import io.fieldguide.migration.security.CallerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code backfill [NAME] [--batch-size N] [--restart]}: runs a declared backfill in this process
 * until it is complete, resuming from its checkpoints (other instances running it share the work);
 * without a name, lists the declared backfills and their progress.
 */
@ApplicationScoped
class BackfillCommand implements CliCommand {

    private final BackfillService backfills;

    BackfillCommand(BackfillService backfills) {
        this.backfills = backfills;
    }

    @Override
    public String name() {
        return "backfill";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return new CliArguments.Syntax(Set.of("restart"), Set.of("batch-size"), 0, 1);
    }

    @Override
    public int run(CliArguments args, CliOutput output) {
        Optional<String> name = args.positional(0);
        if (name.isEmpty()) {
            if (args.flag("restart") || args.option("batch-size").isPresent()) {
                throw new UsageException(name(), "--restart and --batch-size need the backfill's NAME");
            }
            return list(output);
        }
        BackfillOptions options = args.intOption("batch-size", 1)
                .map(size -> backfills.defaults().withBatchSize(size))
                .orElse(backfills.defaults());
        if (args.flag("restart")) {
            backfills.reset(name.get());
        }
        BackfillProgress progress = backfills.runNow(name.get(), options, CallerName.ofCommandLine());
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
