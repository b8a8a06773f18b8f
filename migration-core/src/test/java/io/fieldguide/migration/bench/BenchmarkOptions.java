package io.fieldguide.migration.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The backfill benchmark's command line.
 *
 * @param rows rows in the table
 * @param batchSize keys per batch of the core's job
 * @param repeats measurements of each method; the report takes the median
 * @param synchronousCommit the sessions' {@code synchronous_commit}: {@code on} is PostgreSQL's default
 *     (and production's); the embedded server is started with {@code off}
 * @param investigate also measure prototype runner variants (fewer round trips per batch)
 * @param doc the Markdown file to update, or null to only print
 */
record BenchmarkOptions(
        int rows, int batchSize, int repeats, String synchronousCommit, boolean investigate, Path doc, String args) {

    static final int DEFAULT_ROWS = 1_000_000;
    /**
     * About 20 to 35 ms of row-lock hold per batch on the 2-CPU machine of docs/benchmarks.md, well under
     * the 100 ms limit (10,000 held about 60 ms, 20,000 over 100 ms); the core's default of 1,000 spends
     * a third of the job's time between batches.
     */
    static final int DEFAULT_BATCH_SIZE = 5_000;

    static final int DEFAULT_REPEATS = 3;

    static final String USAGE =
            """
            Usage: BackfillBenchmark [--rows N] [--batch-size N] [--repeats N] [--synchronous-commit on|off]
                                     [--investigate] [--doc PATH | --no-doc]
              --rows                rows in feeding_records (default 1000000)
              --batch-size          keys per batch of the core's job (default 5000)
              --repeats             measurements of each method, alternating which goes first (default 3)
              --synchronous-commit  synchronous_commit of the benchmark's sessions (default on)
              --investigate         also measure prototype runners with fewer round trips per batch
              --doc                 Markdown file to update (default docs/benchmarks.md of the repository)
              --no-doc              print the results only
            """;

    static BenchmarkOptions parse(String[] args) {
        int rows = DEFAULT_ROWS;
        int batchSize = DEFAULT_BATCH_SIZE;
        int repeats = DEFAULT_REPEATS;
        String synchronousCommit = "on";
        boolean investigate = false;
        Path doc = defaultDoc();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--rows" -> rows = positive(arg, value(list, ++i, arg));
                case "--batch-size" -> batchSize = positive(arg, value(list, ++i, arg));
                case "--repeats" -> repeats = positive(arg, value(list, ++i, arg));
                case "--synchronous-commit" -> synchronousCommit = synchronousCommit(value(list, ++i, arg));
                case "--investigate" -> investigate = true;
                case "--doc" -> doc = Path.of(value(list, ++i, arg));
                case "--no-doc" -> doc = null;
                default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'\n" + USAGE);
            }
        }
        return new BenchmarkOptions(
                rows, batchSize, repeats, synchronousCommit, investigate, doc, String.join(" ", args));
    }

    /** docs/benchmarks.md of the repository: the nearest directory upwards that holds the Maven wrapper. */
    private static Path defaultDoc() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("docs"))) {
                return candidate.resolve("docs").resolve("benchmarks.md");
            }
        }
        return dir.resolve("docs").resolve("benchmarks.md");
    }

    private static String value(List<String> args, int index, String name) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }

    private static int positive(String name, String value) {
        try {
            int parsed = Integer.parseInt(value.replace("_", ""));
            if (parsed < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, was '" + value + "'", e);
        }
    }

    private static String synchronousCommit(String value) {
        String normalized = value.toLowerCase(Locale.ROOT);
        if (!List.of("on", "off", "local", "remote_write", "remote_apply").contains(normalized)) {
            throw new IllegalArgumentException("--synchronous-commit takes on or off, was '" + value + "'");
        }
        return normalized;
    }
}
