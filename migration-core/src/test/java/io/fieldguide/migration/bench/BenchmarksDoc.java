package io.fieldguide.migration.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** {@code docs/benchmarks.md}: an introduction, then one generated section per benchmark between its markers. */
final class BenchmarksDoc {

    private final Path doc;
    private final BenchmarkEnvironment environment;

    BenchmarksDoc(Path doc, BenchmarkEnvironment environment) {
        this.doc = doc;
        this.environment = environment;
    }

    /**
     * Replaces the text from {@code start} to {@code end} (the markers included) with {@code section},
     * appends it when the markers are missing, and creates the file with its introduction if needed.
     * The file is replaced in one move, so a reader never sees half of it.
     */
    void replaceSection(String start, String end, String section) {
        try {
            String content;
            if (Files.exists(doc)) {
                String existing = Files.readString(doc, StandardCharsets.UTF_8);
                int startAt = existing.indexOf(start);
                int endAt = existing.indexOf(end);
                if (startAt >= 0 && endAt > startAt) {
                    int after = endAt + end.length();
                    if (after < existing.length() && existing.charAt(after) == '\n') {
                        after++;
                    }
                    content = existing.substring(0, startAt) + section + existing.substring(after);
                } else {
                    content = existing
                            + (existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n")
                            + section;
                }
            } else {
                Files.createDirectories(doc.toAbsolutePath().getParent());
                content = introduction() + "\n" + section;
            }
            Path temporary = Files.createTempFile(doc.toAbsolutePath().getParent(), ".benchmarks", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                readableByAll(temporary);
                Files.move(temporary, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update " + doc, e);
        }
    }

    /** A temporary file is created owner-only; the document it replaces was not. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions are the platform's.
        }
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
