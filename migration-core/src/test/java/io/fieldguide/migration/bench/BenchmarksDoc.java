package io.fieldguide.migration.bench;

import io.fieldguide.migration.testing.BenchmarkSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code docs/benchmarks.md}: an introduction, then one generated section per benchmark between its markers. */
final class BenchmarksDoc {

    private final Path doc;
    private final BenchmarkEnvironment environment;

    BenchmarksDoc(Path doc, BenchmarkEnvironment environment) {
        this.doc = doc;
        this.environment = environment;
    }

    /** Replaces the section {@code name} (see {@link BenchmarkSection}), creating the file with its introduction if needed. */
    void replaceSection(String name, String markdown) {
        try {
            if (!Files.exists(doc)) {
                Files.createDirectories(doc.toAbsolutePath().getParent());
                Files.writeString(doc, introduction() + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + doc, e);
        }
        BenchmarkSection.replace(doc, name, markdown);
    }

    private String introduction() {
        return """
                # Benchmarks

                Benchmarks here are programs in the repository, not timed tests. Each one measures the methods it
                compares side by side in one run on one machine, and rewrites its own section below (between its
                `<!-- name:start -->` and `<!-- name:end -->` markers) with its figures, the date and the exact
                command that produced them. Compare ratios across machines; absolute rates belong to the machine.
                None of them runs in `./mvnw verify`.

                | benchmark | what it measures | command |
                |---|---|---|
                | backfill | a UUID backfilled into every row of seed 000's `feeding_records`: the core's batched job (`BackfillRunner`) against one `UPDATE`; throughput ratio and how long each batch holds its row locks | `./mvnw -pl migration-core -Pbenchmarks test -Dbench.args="--rows 1000000"` |

                The backfill benchmark's options, in `-Dbench.args`: `--rows N` (default 1,000,000), `--batch-size N`
                (default 5,000), `--repeats N` (default 3), `--synchronous-commit on|off` (default on, PostgreSQL's
                default), `--investigate` (also measure the prototype runners), `--doc PATH` or `--no-doc`. It runs on
                the test harness's PostgreSQL: `TEST_DATABASE_URL` if set, else the embedded one. The target it checks
                is issue "backfill benchmark": the batched job reaches at least 60%% of the single statement's
                throughput while no batch holds its row locks for 100 ms or more.

                ## Machine

                The figures below were measured on (each section repeats the machine it ran on):

                - CPUs: %d (`nproc`), %s
                - Memory: %s
                - JDK: %s
                - PostgreSQL: %s (%s)
                """
                .formatted(
                        environment.processors(),
                        environment.cpuModel(),
                        environment.memory(),
                        environment.jdk(),
                        environment.postgresVersion(),
                        environment.databaseKind());
    }
}
