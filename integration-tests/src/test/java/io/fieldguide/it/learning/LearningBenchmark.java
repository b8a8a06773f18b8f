package io.fieldguide.it.learning;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.BenchmarkSection;
import io.fieldguide.migration.testing.Latencies;
import io.fieldguide.migration.testing.TestDatabase;
import io.fieldguide.migration.testing.TestTokens;
import io.smallrye.jwt.util.KeyUtils;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;

/**
 * learning-platform's benchmarks against the packaged service on a loaded database, side by side in
 * one run: a learner's recent attempts and the next item over HTTP (p50, p95, p99) with 10,000,000
 * attempts across yearly partitions, and the rescale of 1,000,000 items on the core's backfill
 * against one UPDATE statement of the same rows. Writes its section of docs/benchmarks.md.
 *
 * <p>Run from the repository root: {@code ./mvnw -B -pl learning-platform,integration-tests -am
 * -Plearning-benchmark package -DskipTests} (options in {@code -Dlearning.bench.args="--attempts
 * 10000000 --learners 10000 --items 1000000 --requests 2000"}).
 */
public final class LearningBenchmark {

    static final String COMMAND =
            "./mvnw -B -pl learning-platform,integration-tests -am -Plearning-benchmark package -DskipTests";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LearningBenchmark() {}

    public static void main(String[] args) throws Exception {
        long attempts = option(args, "--attempts", 10_000_000);
        int learners = (int) option(args, "--learners", 10_000);
        int items = (int) option(args, "--items", 1_000_000);
        int requests = (int) option(args, "--requests", 2_000);
        Path repository = PackagedService.servicesDir();
        StringBuilder report = new StringBuilder();
        try (TestDatabase database = TestDatabase.start();
                PackagedService service = PackagedService.startOnDatabase(
                        repository,
                        "learning-platform",
                        database,
                        // the benchmark polls progress every 100 ms and sends thousands of reads: not what the limits
                        // guard
                        "fieldguide.migration.rate-limit.requests=1000000",
                        "fieldguide.migration.rate-limit.global-requests=1000000")) {
            service.awaitReady(Duration.ofMinutes(2));
            long loadStart = System.nanoTime();
            load(database, learners, 10_000, attempts);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("Loaded %,d learners, %,d attempts in %.0f s%n", learners, attempts, loadSeconds);

            PrivateKey key = KeyUtils.readPrivateKey("test-keys/privateKey.pem");
            Random random = new Random(7);
            Latencies recent = new Latencies();
            Latencies next = new Latencies();
            for (int warmup = 0; warmup < 1_000; warmup++) { // until the JIT has compiled the request path
                get(service, "/api/me/attempts?limit=20", token(key, random.nextInt(learners)));
                get(service, "/api/me/next-item", token(key, random.nextInt(learners)));
            }
            for (int request = 0; request < requests; request++) {
                String learner = token(key, random.nextInt(learners));
                recent.add(get(service, "/api/me/attempts?limit=20", learner).nanos());
                next.add(get(service, "/api/me/next-item", learner).nanos());
            }
            System.out.println("recent attempts " + recent + "; next item " + next);

            addItems(database, items);
            Rescale rescale = rescale(database, service, admin(key));
            System.out.println(rescale);

            report.append(BenchmarkSection.ranWith(COMMAND))
                    .append("\n\n")
                    .append(String.format(
                            "Loaded: %,d learners, 10,000 items, %,d attempts over %d yearly partitions (%.0f s),"
                                    + " on the test harness's embedded PostgreSQL %s (fsync off) and the packaged"
                                    + " service, on this machine's 2 cores.%n%n",
                            learners, attempts, partitions(database), loadSeconds, TestDatabase.postgresMajor()))
                    .append("| request (over HTTP, one client, ")
                    .append(requests)
                    .append(" random learners) | p50 ms | p95 ms | p99 ms | target p95 |\n|---|---|---|---|---|\n")
                    .append(row("`GET /api/me/attempts?limit=20` (a learner's recent attempts)", recent, "10 ms"))
                    .append(row("`GET /api/me/next-item`", next, "20 ms"))
                    .append(String.format(
                            "%n| rescale of %,d items (%,d below 2.0) | seconds | rows/s |%n|---|---|---|%n"
                                    + "| one `UPDATE` statement (a copy of the table with the same indexes) | %.1f | %,.0f |%n"
                                    + "| the core's backfill `item-difficulty-rescale` (batches of %d, each committed with"
                                    + " its checkpoint) | %.1f | %,.0f |%n%n"
                                    + "The backfill's rate is %.0f %% of the single statement's, the price of never holding"
                                    + " a lock on more than one batch and of surviving a kill.%n",
                            rescale.items,
                            rescale.changed,
                            rescale.updateSeconds,
                            rescale.changed / rescale.updateSeconds,
                            rescale.batchSize,
                            rescale.backfillSeconds,
                            rescale.changed / rescale.backfillSeconds,
                            100 * rescale.updateSeconds / rescale.backfillSeconds));
        }
        System.out.println(report);
        BenchmarkSection.replace(repository.resolve("docs/benchmarks.md"), "learning-benchmark", report.toString());
    }

    private static void load(TestDatabase database, int learners, int items, long attempts) throws Exception {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("SELECT ensure_attempt_partitions('2020-01-01', extract(year FROM now())::int - 2019)");
            sql.execute("INSERT INTO users (email, country_code, ability) SELECT 'learner' || n || '@bench.example',"
                    + " 'PT', random() * 4 - 2 FROM generate_series(0, " + (learners - 1) + ") n");
            sql.execute("INSERT INTO items (kind, topic, prompt, answer, difficulty) SELECT 'short_answer',"
                    + " 'topic ' || n % 20, 'item ' || n, 'x', random() * 6 - 3 FROM generate_series(1, " + items
                    + ") n");
            sql.execute(
                    "CREATE TEMP TABLE learner_numbers AS SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users");
            long chunk = 1_000_000;
            for (long from = 0; from < attempts; from += chunk) {
                long to = Math.min(attempts, from + chunk) - 1;
                // Spread over the years since 2020; newest last, as they arrive in real life.
                sql.execute(
                        """
                        INSERT INTO attempts (user_id, item_id, correct, attempted_at)
                        SELECT l.id, 1 + (g::bigint * 7919) %% %d, (g %% 4) <> 0,
                               timestamptz '2020-01-01' + (now() - timestamptz '2020-01-01') * (g::float8 / %d)
                        FROM generate_series(%d, %d) g JOIN learner_numbers l ON l.n = g %% %d"""
                                .formatted(items, attempts, from, to, learners));
                System.out.printf("  %,d attempts%n", to + 1);
            }
            sql.execute("ANALYZE");
        }
    }

    private static void addItems(TestDatabase database, int total) throws Exception {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO items (kind, topic, prompt, answer, difficulty) SELECT 'true_false', 'rescale',"
                    + " 'item ' || n, 'true', random() * 6 - 3 FROM generate_series(1, "
                    + Math.max(0, total - 10_000) + ") n");
            sql.execute("CREATE TABLE items_copy (LIKE items INCLUDING ALL)");
            sql.execute("INSERT INTO items_copy SELECT * FROM items");
            sql.execute("ANALYZE items, items_copy");
        }
    }

    record Rescale(long items, long changed, int batchSize, double updateSeconds, double backfillSeconds) {}

    private static Rescale rescale(TestDatabase database, PackagedService service, String admin) throws Exception {
        long items;
        long changed;
        double updateSeconds;
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            items = single(sql, "SELECT count(*) FROM items");
            changed = single(sql, "SELECT count(*) FROM items WHERE difficulty < 2.0");
            long start = System.nanoTime();
            sql.executeUpdate("UPDATE items_copy SET difficulty = difficulty * 1.1 WHERE difficulty < 2.0");
            updateSeconds = (System.nanoTime() - start) / 1e9;
        }
        long start = System.nanoTime();
        post(service, "/api/migrations/backfills/item-difficulty-rescale", admin);
        String status;
        do {
            Thread.sleep(100);
            status = get(service, "/api/migrations/backfills", admin).body;
        } while (!status.contains("\"completed\"") && !status.contains("\"failed\""));
        double backfillSeconds = (System.nanoTime() - start) / 1e9;
        if (status.contains("\"failed\"")) {
            throw new IllegalStateException("The rescale failed: " + status);
        }
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            long differing = single(
                    sql,
                    "SELECT count(*) FROM items i JOIN items_copy c USING (id) WHERE i.difficulty <> c.difficulty");
            if (differing != 0) {
                throw new IllegalStateException(differing + " items differ between the backfill and the UPDATE");
            }
        }
        int batchSize = Integer.parseInt(status.replaceAll(".*\"batchSize\":(\\d+).*", "$1"));
        return new Rescale(items, changed, batchSize, updateSeconds, backfillSeconds);
    }

    private static int partitions(TestDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            return (int) single(sql, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'attempts'::regclass");
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    record Answer(long nanos, String body) {}

    private static Answer get(PackagedService service, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(service.uri(path)).GET(), token);
    }

    private static Answer post(PackagedService service, String path, String token) throws Exception {
        return send(
                HttpRequest.newBuilder(service.uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")),
                token);
    }

    private static Answer send(HttpRequest.Builder request, String token) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(nanos, response.body());
    }

    private static String token(PrivateKey key, int learner) {
        return sign(key, "learner" + learner + "@bench.example");
    }

    private static String admin(PrivateKey key) {
        return TestTokens.signedWith(key, "learning-platform", "bench-admin", TestTokens.ADMIN_ROLE);
    }

    private static String sign(PrivateKey key, String user) {
        return TestTokens.signedWith(key, "learning-platform", user);
    }

    /** A table row: the request, its p50, p95 and p99, and the target. */
    private static String row(String name, Latencies latencies, String target) {
        return String.format(
                "| %s | %.1f | %.1f | %.1f | %s |%n",
                name, latencies.percentile(0.50), latencies.percentile(0.95), latencies.percentile(0.99), target);
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
