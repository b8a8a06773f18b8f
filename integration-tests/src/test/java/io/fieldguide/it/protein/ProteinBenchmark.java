package io.fieldguide.it.protein;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.BenchmarkSection;
import io.fieldguide.migration.testing.Latencies;
import io.fieldguide.migration.testing.TestDatabase;
import io.fieldguide.migration.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.util.KeyUtils;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * protein-tracker's benchmarks against the packaged service, side by side in one run, each path on
 * the same generated history (10,000 users x 100 meals by default) and on emptied tables:
 *
 * <ol>
 *   <li>the bulk import ({@code POST /api/imports}, NDJSON files) against a plain JDBC batch insert of
 *       the same users, profiles and meals; target: the import at least half the plain rate;
 *   <li>the same bulk import with the guide's per-row summary trigger (the service started with
 *       {@code protein.imports.daily-summaries=per-row}) against the set-based recompute;
 *   <li>{@code GET /api/me/dashboard} for one user's year over HTTP with every user loaded; target: p95
 *       under 20 ms.
 * </ol>
 *
 * Every path must leave the same meals, profiles and summaries ({@link RowsFingerprint}). Writes
 * its section of docs/benchmarks.md. Run from the repository root: {@link #COMMAND}; options in
 * {@code -Dprotein.bench.args="--users 10000 --meals-per-user 100 --users-per-file 500 --batch-size
 * 100 --requests 2000"}.
 */
public final class ProteinBenchmark {

    static final String COMMAND = "flock /tmp/fieldguide-mvn.lock ./mvnw -B -o -pl protein-tracker,integration-tests"
            + " -am -Pprotein-benchmark package -DskipTests";

    private static final String MODULE = "protein-tracker";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ProteinBenchmark() {}

    public static void main(String[] args) throws Exception {
        MealHistory history =
                new MealHistory((int) option(args, "--users", 10_000), (int) option(args, "--meals-per-user", 100));
        int usersPerFile = (int) option(args, "--users-per-file", 500);
        int batchSize = (int) option(args, "--batch-size", 100);
        int requests = (int) option(args, "--requests", 2_000);
        boolean perRow = option(args, "--per-row", 1) == 1;
        String command = COMMAND + (args.length == 0 ? "" : " -Dprotein.bench.args=\"" + String.join(" ", args) + "\"");
        Path repository = PackagedService.servicesDir();
        PrivateKey key = KeyUtils.readPrivateKey("test-keys/privateKey.pem");
        String admin = TestTokens.signedWith(key, MODULE, "bench-admin", TestTokens.ADMIN_ROLE);

        try (TestDatabase database = TestDatabase.start()) {
            start(database).close(); // the service migrates the schema; the plain inserts write without it
            double rawSeconds = timed(() -> PlainBatchInsert.run(database, history, batchSize, false));
            System.out.printf("plain JDBC batch insert, no triggers: %.1f s%n", rawSeconds);
            RowsFingerprint raw = RowsFingerprint.of(database);
            empty(database);
            double plainSeconds = timed(() -> PlainBatchInsert.run(database, history, batchSize, true));
            System.out.printf("plain JDBC batch insert: %.1f s%n", plainSeconds);
            RowsFingerprint expected = RowsFingerprint.of(database);
            if (!raw.meals().equals(expected.meals()) || !raw.profiles().equals(expected.profiles())) {
                throw new IllegalStateException("the two plain inserts wrote different rows: " + raw + ", " + expected);
            }
            empty(database);

            Run perRowRun = null;
            if (perRow) {
                try (PackagedService service = start(database, "protein.imports.daily-summaries=per-row")) {
                    perRowRun = bulkImport(service, admin, history, usersPerFile, batchSize);
                }
                System.out.printf("bulk import, per-row trigger: %.1f s%n", perRowRun.seconds);
                check("per-row bulk import", expected, RowsFingerprint.of(database));
                empty(database);
            }

            try (PackagedService service = start(database)) {
                Run setBased = bulkImport(service, admin, history, usersPerFile, batchSize);
                System.out.printf("bulk import, set-based: %.1f s%n", setBased.seconds);
                check("set-based bulk import", expected, RowsFingerprint.of(database));
                analyze(database);
                Latencies dashboard = dashboard(service, key, history, requests);
                System.out.println("dashboard " + dashboard);
                String report = new ProteinBenchmarkReport(
                                history,
                                usersPerFile,
                                batchSize,
                                rawSeconds,
                                plainSeconds,
                                perRowRun,
                                setBased,
                                dashboard)
                        .markdown(BenchmarkSection.ranWith(command), TestDatabase.postgresMajor());
                System.out.println(report);
                BenchmarkSection.replace(repository.resolve("docs/benchmarks.md"), "protein-benchmark", report);
            }
        }
    }

    /** One bulk import: wall time from the first file's POST to the last job's completion. */
    record Run(double seconds, BulkImportClient.Imported imported) {}

    private static Run bulkImport(
            PackagedService service, String admin, MealHistory history, int usersPerFile, int batchSize)
            throws Exception {
        BulkImportClient client = new BulkImportClient(service, admin);
        long start = System.nanoTime();
        BulkImportClient.Imported imported = client.importAll(history, usersPerFile, batchSize);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (imported.meals() != history.meals() || imported.users() != history.users()) {
            throw new IllegalStateException("the bulk import did not import everything: " + imported);
        }
        return new Run(seconds, imported);
    }

    /**
     * Random users' year, one client, after a warm-up; every tenth answer is checked against the
     * generated history (all of the user's meals fall in that year).
     */
    private static Latencies dashboard(PackagedService service, PrivateKey key, MealHistory history, int requests)
            throws Exception {
        Random random = new Random(11);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < requests + 200; i++) {
            tokens.add(TestTokens.signedWith(key, MODULE, history.email(random.nextInt(history.users()))));
        }
        String path = "/api/me/dashboard?from=" + MealHistory.YEAR_START + "&to=" + MealHistory.YEAR_END;
        Latencies latencies = new Latencies();
        for (int i = 0; i < tokens.size(); i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(service.uri(path))
                            .header("Authorization", "Bearer " + tokens.get(i))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("dashboard answered " + response.statusCode() + ": " + response.body());
            }
            if (i % 10 == 0) {
                JsonPath body = JsonPath.from(response.body());
                if (body.getInt("totalMeals") != history.mealsPerUser()
                        || body.getList("days").size() != 365) {
                    throw new IllegalStateException("unexpected dashboard: " + response.body());
                }
            }
            if (i >= 200) {
                latencies.add(nanos);
            }
        }
        return latencies;
    }

    private static PackagedService start(TestDatabase database, String... properties) throws Exception {
        PackagedService service =
                PackagedService.startOnDatabase(PackagedService.servicesDir(), MODULE, database, properties);
        service.awaitReady(Duration.ofMinutes(2));
        return service;
    }

    private static void check(String path, RowsFingerprint expected, RowsFingerprint actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(
                    path + " wrote other rows than the plain insert: " + actual + ", expected " + expected);
        }
    }

    /** Empties the tables between paths (the service is stopped); ids keep counting, so no job name repeats. */
    private static void empty(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("TRUNCATE users, import_jobs, imports CASCADE");
            sql.execute("CHECKPOINT");
        }
        analyze(database);
    }

    private static void analyze(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("VACUUM ANALYZE");
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long option(String[] args, String name, long fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }
}
