package io.fieldguide.it.feeding;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.BenchmarkSection;
import io.fieldguide.migration.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeding tracker's benchmarks, run by {@code ./mvnw -pl integration-tests -Pfeeding-benchmarks
 * test} after packaging the service: (a) V2 on a busy table, (b) a full initial sync. Prints the
 * figures and writes them to docs/benchmarks.md between the feeding-benchmarks markers.
 */
public final class FeedingBenchmarks {

    static final String COMMAND = "./mvnw -B -pl feeding-tracker -am install -DskipTests"
            + " && ./mvnw -B -pl integration-tests -Pfeeding-benchmarks test";

    private static final int REPEATS = 3;

    private FeedingBenchmarks() {}

    private static MigrationStallBenchmark.Result print(MigrationStallBenchmark.Result result) {
        System.out.println(result);
        return result;
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(System.getProperty("feeding.bench.rows", "1000000"));
        Path root = Path.of(System.getProperty("services.dir", ".."))
                .toAbsolutePath()
                .normalize();
        Path scripts = root.resolve("feeding-tracker/src/main/resources/db/migration");

        List<MigrationStallBenchmark.Result> concurrent = new ArrayList<>();
        List<MigrationStallBenchmark.Result> plain = new ArrayList<>();
        String server;
        try (TestDatabase database = TestDatabase.start()) {
            server = server(database);
            MigrationStallBenchmark migration = new MigrationStallBenchmark(database, scripts, rows);
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                concurrent.add(print(migration.flywayScripts()));
                plain.add(print(migration.plainMigration()));
            }
        }
        SyncThroughputBenchmark.Result big;
        SyncThroughputBenchmark.Result small;
        try (TestDatabase database = TestDatabase.start();
                PackagedService service = PackagedService.startOnDatabase(root, "feeding-tracker", database)) {
            service.awaitReady(java.time.Duration.ofSeconds(90));
            SyncThroughputBenchmark sync = new SyncThroughputBenchmark(database, service, rows);
            sync.load();
            big = sync.run(10_000, REPEATS);
            System.out.println(big);
            small = sync.run(1_000, REPEATS);
            System.out.println(small);
        }
        String section = report(rows, server, concurrent, plain, big, small);
        System.out.println(section);
        BenchmarkSection.replace(root.resolve("docs/benchmarks.md"), "feeding-benchmarks", section);
    }

    private static String report(
            long rows,
            String server,
            List<MigrationStallBenchmark.Result> concurrent,
            List<MigrationStallBenchmark.Result> plain,
            SyncThroughputBenchmark.Result big,
            SyncThroughputBenchmark.Result small) {
        StringBuilder out = new StringBuilder();
        out.append("## feeding-tracker\n\n")
                .append(BenchmarkSection.ranWith(COMMAND))
                .append(", ")
                .append(server)
                .append(". Code: `integration-tests/src/test/java/io/fieldguide/it/feeding/`.\n\n");
        out.append("### (a) The guide's V2 on a busy table of %,d rows\n\n".formatted(rows))
                .append(("One connection inserts rows continuously (the old release); the longest insert while the"
                                + " migration runs is the stall users feel. Each way runs %d times, alternating, each"
                                + " time on a freshly loaded and vacuumed table. Target: under 200 ms.\n\n")
                        .formatted(REPEATS))
                .append("| migration | run | duration | longest insert stall | p99 insert | inserts during it |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (List<MigrationStallBenchmark.Result> runs : List.of(concurrent, plain)) {
            for (int i = 0; i < runs.size(); i++) {
                MigrationStallBenchmark.Result r = runs.get(i);
                out.append("| %s | %d | %,.0f ms | **%,.1f ms** | %,.1f ms | %,d |\n"
                        .formatted(r.variant(), i + 1, r.migrationMs(), r.longestStallMs(), r.p99Ms(), r.inserts()));
            }
        }
        double worstConcurrent = worst(concurrent);
        double bestPlain = plain.stream()
                .mapToDouble(MigrationStallBenchmark.Result::longestStallMs)
                .min()
                .orElse(0);
        out.append("\nTarget under 200 ms (worst run): ")
                .append(
                        worstConcurrent < 200
                                ? "**met** (%.1f ms)".formatted(worstConcurrent)
                                : "**missed** (%.1f ms)".formatted(worstConcurrent))
                .append(
                        "; the plain migration stalls writers for %.0f ms or more, its whole duration (the ALTER TABLE's"
                                .formatted(bestPlain))
                .append(" ACCESS EXCLUSIVE lock is held until commit).\n\n");
        out.append("### (b) Full initial sync of %,d records\n\n".formatted(rows))
                .append("`GET /api/feedings/sync` page after page (client parses the JSON) against a plain JDBC read of"
                        + " the same rows and columns (streamed, every column read). Target: at least a third.\n\n")
                .append("Rates are medians of %d alternating runs after a warm-up of each.\n\n".formatted(REPEATS))
                .append("| page size | plain SQL | sync endpoint | pages | ratio |\n|---:|---:|---:|---:|---:|\n");
        for (SyncThroughputBenchmark.Result r : new SyncThroughputBenchmark.Result[] {big, small}) {
            out.append("| %,d | %,.0f records/s | %,.0f records/s | %,d | **%.2f** |\n"
                    .formatted(r.pageSize(), r.sqlRecordsPerSecond(), r.syncRecordsPerSecond(), r.pages(), r.ratio()));
        }
        out.append("\nTarget a third (0.33) at the largest page size: ")
                .append(big.ratio() >= 1.0 / 3 ? "met" : "**missed**")
                .append(".\n");
        return out.toString();
    }

    private static double worst(List<MigrationStallBenchmark.Result> runs) {
        return runs.stream()
                .mapToDouble(MigrationStallBenchmark.Result::longestStallMs)
                .max()
                .orElse(0);
    }

    private static String server(TestDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return "PostgreSQL " + row.getString(1) + " (" + database.kind() + ")";
        }
    }
}
