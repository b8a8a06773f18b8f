package io.fieldguide.migration.bench;

import io.fieldguide.migration.bench.Measurements.BatchedRun;
import io.fieldguide.migration.bench.Measurements.SingleRun;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The backfill benchmark's Markdown section of {@code docs/benchmarks.md}. */
final class BenchmarkReport {

    static final double RATIO_TARGET = 0.60;
    static final long HOLD_LIMIT_MS = 100;

    private final BenchmarkOptions options;
    private final BenchmarkEnvironment environment;
    private final long tableBytes;
    private final List<SingleRun> singles;
    private final List<BatchedRun> batched;
    private final String measuredAt =
            ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

    BenchmarkReport(
            BenchmarkOptions options,
            BenchmarkEnvironment environment,
            long tableBytes,
            List<SingleRun> singles,
            List<BatchedRun> batched) {
        this.options = options;
        this.environment = environment;
        this.tableBytes = tableBytes;
        this.singles = singles;
        this.batched = batched;
    }

    String markdown() {
        double single = Measurements.median(
                singles.stream().map(SingleRun::rowsPerSecond).toList());
        Summary core = summary(BackfillBenchmark.CORE_RUNNER, single);
        StringBuilder md = new StringBuilder();
        md.append("## Backfill: the core's batched job against one UPDATE\n\n");
        md.append("A UUID backfilled into every row of seed 000's `feeding_records` (`client_id uuid`, NULL before),")
                .append(" once with `")
                .append(BackfillBenchmark.SINGLE_SQL)
                .append("` and once with the core's `BackfillRunner` running `")
                .append(BackfillBenchmark.BATCH_SQL)
                .append("`, each on an identical fresh copy of the table (vacuumed, checkpointed), ")
                .append(options.repeats())
                .append(" times each in alternating order; throughputs are medians, holds the worst over all runs.")
                .append(" After every run the table is checked: every row has a client_id, all distinct,")
                .append(" no row lost or otherwise changed.\n\n");
        md.append("| rows | batch size | single statement | batched job | ratio (batched/single)")
                .append(" | longest batch hold | p99 batch hold |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(
                "| %,d | %,d | %,.0f rows/s | %,.0f rows/s | **%.2f** | %d ms (%.1f ms with commit) | %d ms (%.1f ms with commit) |\n\n"
                        .formatted(
                                options.rows(),
                                options.batchSize(),
                                single,
                                core.rowsPerSecond,
                                core.ratio,
                                core.longestMs,
                                core.longestWithCommitMs,
                                core.p99Ms,
                                core.p99WithCommitMs));
        md.append(
                "Targets: throughput ratio >= %.2f: **%s** (%.2f); longest batch hold < %d ms, commit included: **%s** (%d ms; %.1f ms with commit).\n\n"
                        .formatted(
                                RATIO_TARGET,
                                core.ratio >= RATIO_TARGET ? "met" : "missed",
                                core.ratio,
                                HOLD_LIMIT_MS,
                                core.longestWithCommitMs < HOLD_LIMIT_MS ? "met" : "missed",
                                core.longestMs,
                                core.longestWithCommitMs));
        md.append("The batch hold is the runner's `migration_core.backfill_range.hold_ms` (from the UPDATE to just")
                .append(" before the commit); \"with commit\" is measured around each batch from the UPDATE being")
                .append(" sent until `commit()` returns. The single statement holds every row lock for its whole")
                .append(" run: %.1f s (median).\n\n"
                        .formatted(Measurements.median(
                                singles.stream().map(run -> run.nanos() / 1e9).toList())));
        appendMethods(md, single);
        appendRuns(md);
        md.append("\n- Table: %,d rows, %.0f MiB before the backfill, primary key only, autovacuum off for the table"
                        .formatted(options.rows(), tableBytes / 1048576.0))
                .append(" during the measurement. The batched job's time includes creating the job (a count over")
                .append(" the table) and completing it.\n");
        if (environment.serverSettings().contains("fsync=off")) {
            md.append("- This server runs with `fsync=off` (the embedded harness starts PostgreSQL with `-F`), so a")
                    .append(" commit never waits for the disk. For production-like durability point")
                    .append(" `TEST_DATABASE_URL` at a server with `fsync=on`.\n");
        }
        md.append("- Machine: ").append(environment.machine()).append(".\n");
        md.append("- Server: ").append(environment.server()).append(".\n");
        md.append("- Measured: ").append(measuredAt).append(".\n");
        md.append("- Command: `").append(command()).append("`\n");
        return md.toString();
    }

    private void appendMethods(StringBuilder md, double single) {
        List<String> methods = new ArrayList<>(
                new LinkedHashSet<>(batched.stream().map(BatchedRun::method).toList()));
        md.append("Where the batched job's time goes (medians over the repeats; round trips are the statements")
                .append(" and commits the runner sends; \"outside holds\" is the job's time not spent inside a")
                .append(" batch, i.e. claiming ranges, checks and checkpoints)");
        md.append(
                methods.size() > 1
                        ? ", with prototype runners from `--investigate` (in this package; same table, batch size and"
                                + " checkpoint tables):\n\n"
                        : ":\n\n");
        md.append("| runner | rows/s | ratio | batches | round trips per batch | outside holds per batch |")
                .append(" time in holds | longest hold | with commit | p99 with commit | WAL per run |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String method : methods) {
            Summary s = summary(method, single);
            md.append("| %s | %,.0f | %.2f | %d | %.1f | %.2f ms | %.2f s | %d ms | %.1f ms | %.1f ms | %.0f MiB |\n"
                    .formatted(
                            method,
                            s.rowsPerSecond,
                            s.ratio,
                            s.batches,
                            s.roundTripsPerBatch,
                            s.outsideHoldsMsPerBatch,
                            s.secondsInHolds,
                            s.longestMs,
                            s.longestWithCommitMs,
                            s.p99WithCommitMs,
                            s.walMiB));
        }
        md.append('\n');
    }

    private void appendRuns(StringBuilder md) {
        md.append("Every run (position: its place in the repeat's order; ratio: against that repeat's single statement;"
                + " load after: the machine's 1-minute load average as the run ended, about 1 of it the run itself,"
                + " more means other work shared the %d CPUs):\n\n".formatted(environment.processors()));
        md.append("| repeat | method | position | seconds | rows/s | ratio | longest hold | WAL | load after |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int repeat = 1; repeat <= options.repeats(); repeat++) {
            double single = 0;
            for (SingleRun run : singles) {
                if (run.repeat() == repeat) {
                    single = run.rowsPerSecond();
                    md.append("| %d | single statement | %d | %.2f | %,.0f | 1.00 | (whole run) | %.0f MiB | %.2f |\n"
                            .formatted(
                                    repeat,
                                    run.position(),
                                    run.nanos() / 1e9,
                                    run.rowsPerSecond(),
                                    run.walBytes() / 1048576.0,
                                    run.loadAfter()));
                }
            }
            for (BatchedRun run : batched) {
                if (run.repeat() == repeat) {
                    md.append("| %d | %s | %d | %.2f | %,.0f | %.2f | %d ms | %.0f MiB | %.2f |\n"
                            .formatted(
                                    repeat,
                                    run.method(),
                                    run.position(),
                                    run.nanos() / 1e9,
                                    run.rowsPerSecond(),
                                    run.rowsPerSecond() / single,
                                    Measurements.max(run.holdsMs()),
                                    run.walBytes() / 1048576.0,
                                    run.loadAfter()));
                }
            }
        }
    }

    private Summary summary(String method, double single) {
        List<BatchedRun> runs =
                batched.stream().filter(run -> run.method().equals(method)).toList();
        List<Long> holds = runs.stream().flatMap(run -> run.holdsMs().stream()).toList();
        List<Long> withCommit = runs.stream()
                .flatMap(run -> run.holdsWithCommitNanos().stream())
                .toList();
        double rate =
                Measurements.median(runs.stream().map(BatchedRun::rowsPerSecond).toList());
        return new Summary(
                rate,
                rate / single,
                Measurements.max(holds),
                Measurements.millis(Measurements.max(withCommit)),
                Measurements.percentile(holds, 0.99),
                Measurements.millis(Measurements.percentile(withCommit, 0.99)),
                runs.get(0).batches(),
                Measurements.median(
                        runs.stream().map(BatchedRun::roundTripsPerBatch).toList()),
                Measurements.median(
                        runs.stream().map(BatchedRun::outsideHoldsMsPerBatch).toList()),
                Measurements.median(runs.stream()
                        .map(run -> run.holdsWithCommitNanos().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                / 1e9)
                        .toList()),
                Measurements.median(
                        runs.stream().map(run -> run.walBytes() / 1048576.0).toList()));
    }

    private record Summary(
            double rowsPerSecond,
            double ratio,
            long longestMs,
            double longestWithCommitMs,
            long p99Ms,
            double p99WithCommitMs,
            int batches,
            double roundTripsPerBatch,
            double outsideHoldsMsPerBatch,
            double secondsInHolds,
            double walMiB) {}

    /** The command line that produced the figures: Maven's own when run through the wrapper. */
    String command() {
        String maven = System.getenv("MAVEN_CMD_LINE_ARGS");
        if (maven != null && !maven.isBlank()) {
            String command = maven.trim();
            String benchArgs = System.getProperty("bench.args");
            if (benchArgs != null && !benchArgs.isBlank()) {
                command = command.replace("-Dbench.args=" + benchArgs, "-Dbench.args=\"" + benchArgs + "\"");
            }
            return "./mvnw " + command;
        }
        return ("java -cp <migration-core test classpath> " + BackfillBenchmark.class.getName() + " " + options.args())
                .trim();
    }

    /** Replaces this benchmark's section of the file, creating the file with its introduction if missing. */
    void writeTo(Path doc) {
        new BenchmarksDoc(doc, environment).replaceSection("backfill-benchmark", markdown());
    }
}
