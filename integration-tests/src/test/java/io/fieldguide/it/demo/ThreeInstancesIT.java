package io.fieldguide.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.it.PackagedService;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three replicas of feeding-tracker started at the same moment against one database (the local
 * PostgreSQL of one home), as docker/many-replicas.md says is safe: they migrate it once and share
 * one backfill.
 *
 * <p>A first process creates the "before" schema (V1, {@code fieldguide.migration.start-target=1})
 * and the legacy rows are loaded. Then three processes start at once with nothing else configured,
 * so each runs the start-up migration of every pending script. Three JVMs on a shared machine boot
 * seconds apart, and the first could be done before the last one asks; so the test holds the core's
 * migration lock (the advisory lock {@code MigrationLock} takes) until it sees all three replicas
 * polling for it in {@code pg_stat_activity} (each sets its JDBC {@code ApplicationName}), then lets
 * go. Afterwards Flyway's history and the core's run history have one successful row per script,
 * exactly one replica's {@code fieldguide_migration_steps} counter shows the applied steps (the two
 * others found nothing pending), and all three are ready.
 *
 * <p>Then the client_id backfill is started on all three at once. Every legacy row gets its own
 * client_id and is changed exactly once ({@code version} 2: V3's trigger counts updates), the
 * job's ranges tile the key range with every range changing all its rows (a range run twice would
 * record 0 the second time), and each replica's own {@code fieldguide_backfill_rows_total} shows it
 * did at least one range: the core does not record which runner did which range, each process
 * counts the rows it committed, and with every range {@value #BATCH} rows, rows / {@value #BATCH}
 * is the number of ranges it did.
 */
class ThreeInstancesIT {

    private static final int ROWS = 30_000;
    private static final int BATCH = 100;
    private static final int REPLICAS = 3;
    private static final String JOB = "feeding-client-ids";

    /** {@code io.fieldguide.migration.flyway.MigrationLock.KEY}: "FGMIGR" in ASCII. */
    private static final long MIGRATION_LOCK = 0x46474D494752L;

    private static final Pattern VERSION = Pattern.compile("V(.+?)__.*\\.sql");

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void threeReplicasStartedAtOnceMigrateOnceAndShareOneBackfill() throws Exception {
        List<String> scripts = scriptVersions();
        DemoDatabase database;
        List<PackagedService> replicas = new ArrayList<>();
        long starting;
        long allWaiting;
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        try {
            try (PackagedService before =
                    PackagedService.start("feeding-tracker", home, "fieldguide.migration.start-target=1")) {
                before.awaitReadiness(503, Duration.ofSeconds(90));
                database = DemoDatabase.of(home, "feeding-tracker");
                new FeedingDemo().load(database, ROWS);
                try (Connection gate = database.connect();
                        Statement statement = gate.createStatement()) {
                    statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
                    starting = System.nanoTime();
                    for (int i = 1; i <= REPLICAS; i++) {
                        replicas.add(PackagedService.start(
                                "feeding-tracker",
                                home,
                                "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=replica-" + i));
                    }
                    awaitAllPollingTheLock(database, replicas);
                    allWaiting = System.nanoTime();
                    assertEquals(
                            1,
                            database.count("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL"),
                            "still at V1");
                    statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
                }
            } // the replicas adopted the local server; it stays up with them

            for (PackagedService replica : replicas) {
                replica.awaitReady(Duration.ofSeconds(90));
            }
            long allReady = System.nanoTime();
            List<Long> applied = assertMigratedOnce(database, scripts, replicas);

            // The backfill, started on the three at once.
            List<String> tokens = new ArrayList<>();
            for (PackagedService replica : replicas) {
                tokens.add(replica.adminAuthorization());
            }
            long backfillStarted = System.nanoTime();
            CyclicBarrier together = new CyclicBarrier(REPLICAS);
            List<Future<Integer>> started = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                PackagedService replica = replicas.get(i);
                String token = tokens.get(i);
                started.add(pool.submit((Callable<Integer>) () -> {
                    HttpRequest request = HttpRequest.newBuilder(replica.uri("/api/migrations/backfills/" + JOB))
                            .header("Authorization", token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"batchSize\": " + BATCH + "}"))
                            .build();
                    together.await(30, TimeUnit.SECONDS);
                    return http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            for (Future<Integer> answer : started) {
                assertEquals(202, answer.get(60, TimeUnit.SECONDS), "started in the background");
            }
            List<Long> shares = awaitShares(database, replicas);
            System.out.printf(
                    "ThreeInstancesIT: %d replicas polling the migration lock %d ms after their start; ready %d ms after"
                            + " its release; steps applied per replica %s; backfill of %,d rows in %d ms,"
                            + " ranges of %d rows per replica %s%n",
                    REPLICAS,
                    millis(starting, allWaiting),
                    millis(allWaiting, allReady),
                    applied,
                    ROWS,
                    millis(backfillStarted, System.nanoTime()),
                    BATCH,
                    shares.stream().map(rows -> rows / BATCH).toList());
            assertBackfilledOnce(database, shares);
        } finally {
            pool.shutdownNow();
            for (PackagedService replica : replicas) {
                replica.close();
            }
        }
    }

    /** Each replica, through its own ApplicationName, seen in pg_stat_activity polling the core's lock. */
    private static void awaitAllPollingTheLock(DemoDatabase database, List<PackagedService> replicas) throws Exception {
        String polling = "SELECT count(DISTINCT application_name) FROM pg_stat_activity"
                + " WHERE application_name LIKE 'replica-%' AND query = 'SELECT pg_try_advisory_lock(" + MIGRATION_LOCK
                + ")'";
        long deadline = System.currentTimeMillis() + 90_000;
        while (database.count(polling) < REPLICAS) {
            for (PackagedService replica : replicas) {
                if (!isAlive(replica)) {
                    throw new AssertionError("a replica exited: " + replica.log());
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not every replica asked for the migration lock within 90 s; "
                        + database.count(polling) + " did");
            }
            Thread.sleep(50);
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }

    /** Returns the migrate-up steps each replica ran. */
    private List<Long> assertMigratedOnce(DemoDatabase database, List<String> scripts, List<PackagedService> replicas)
            throws Exception {
        assertEquals(
                perVersion(scripts, 1),
                countsBy(
                        database,
                        "SELECT version, count(*) FROM flyway_schema_history"
                                + " WHERE success AND version IS NOT NULL GROUP BY version"),
                "Flyway's history: one successful row per script");
        assertEquals(
                0, database.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"), "no failed row");
        assertEquals(
                perVersion(scripts, 1),
                countsBy(
                        database,
                        "SELECT version, count(*) FROM migration_core.migration_run"
                                + " WHERE kind = 'migrate' AND direction = 'up' AND success GROUP BY version"),
                "the core's run history: one successful run per script");
        assertEquals(
                0,
                database.count("SELECT count(*) FROM migration_core.migration_run WHERE NOT success"),
                "no failed run");

        // Who applied them: each process counts the steps it ran; the two that waited found none pending.
        List<Long> applied = new ArrayList<>();
        for (PackagedService replica : replicas) {
            String metrics = metrics(replica);
            applied.add(metric(
                    metrics,
                    "fieldguide_migration_steps_seconds_count",
                    "kind=\"migrate\"",
                    "direction=\"up\"",
                    "success=\"true\""));
            assertEquals(
                    0, metric(metrics, "fieldguide_migration_steps_seconds_count", "success=\"false\""), "no failure");
        }
        List<Long> sorted = applied.stream().sorted().toList();
        assertEquals(
                List.of(0L, 0L, (long) scripts.size() - 1),
                sorted,
                "one replica applied every script after V1, the others nothing: " + applied);

        for (PackagedService replica : replicas) {
            assertEquals(200, get(replica, "/q/health/ready").statusCode(), "ready");
        }
        return applied;
    }

    /** Polls until the job is complete and every replica's counter has every committed range; returns them. */
    private List<Long> awaitShares(DemoDatabase database, List<PackagedService> replicas) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            List<Long> shares = new ArrayList<>();
            for (PackagedService replica : replicas) {
                shares.add(metric(metrics(replica), "fieldguide_backfill_rows_total", "job=\"" + JOB + "\""));
            }
            boolean completed = database.count("SELECT count(*) FROM migration_core.backfill_job" + " WHERE name = '"
                            + JOB + "' AND status = 'completed'")
                    == 1;
            if (completed && shares.stream().mapToLong(Long::longValue).sum() >= ROWS) {
                return shares;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the backfill did not complete within 60 s; rows per replica " + shares);
            }
            Thread.sleep(100);
        }
    }

    private static void assertBackfilledOnce(DemoDatabase database, List<Long> shares) throws Exception {
        assertEquals(ROWS, database.count("SELECT count(*) FROM feeding_records"), "no row lost or added");
        assertEquals(
                ROWS,
                database.count("SELECT count(DISTINCT client_id) FROM feeding_records WHERE client_id IS NOT NULL"),
                "every row its own client_id");
        assertEquals(
                0,
                database.count("SELECT count(*) FROM feeding_records WHERE version <> 2"),
                "every row changed exactly once");

        String ranges = "migration_core.backfill_range WHERE job_name = '" + JOB + "'";
        assertEquals(ROWS / BATCH, database.count("SELECT count(*) FROM " + ranges), "ranges claimed");
        assertEquals(
                0,
                database.count("SELECT count(*) FROM " + ranges + " AND (done_at IS NULL OR key_count <> " + BATCH
                        + " OR rows_changed <> key_count)"),
                "every range done once, changing each of its rows");
        assertEquals(
                0,
                database.count("SELECT count(*) FROM (SELECT from_key, lag(to_key) OVER (ORDER BY from_key) AS prev"
                        + " FROM " + ranges + ") r WHERE prev IS NOT NULL AND prev <> from_key"),
                "the ranges tile the key range: no gap, no overlap");
        assertEquals(ROWS, database.count("SELECT sum(rows_changed) FROM " + ranges), "rows changed by the ranges");
        assertEquals(
                REPLICAS,
                database.count("SELECT count(*) FROM migration_core.migration_run"
                        + " WHERE kind = 'backfill' AND name = '" + JOB + "' AND success"),
                "each replica recorded its run");

        assertEquals(ROWS, shares.stream().mapToLong(Long::longValue).sum(), "rows per replica " + shares);
        for (long share : shares) {
            assertEquals(0, share % BATCH, "whole ranges: " + shares);
            assertTrue(share >= BATCH, "every replica did at least one range: rows per replica " + shares);
        }
    }

    /** The versions of feeding-tracker's V scripts, as Flyway and the core record them ("2.1"). */
    private static List<String> scriptVersions() throws Exception {
        Path folder = PackagedService.servicesDir().resolve("feeding-tracker/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> versions = files.map(
                            file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> match.group(1).replace('_', '.'))
                    .sorted()
                    .toList();
            assertTrue(versions.size() > 1, "scripts in " + folder);
            return versions;
        }
    }

    private static Map<String, Long> perVersion(List<String> versions, long count) {
        Map<String, Long> expected = new TreeMap<>();
        versions.forEach(version -> expected.put(version, count));
        return expected;
    }

    private static Map<String, Long> countsBy(DemoDatabase database, String sql) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** The sum of a Prometheus metric's samples whose labels include all of {@code labels}; 0 when none. */
    static long metric(String exposition, String name, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher match = sample.matcher(exposition);
        double sum = 0;
        while (match.find()) {
            String sampleLabels = match.group(1);
            if (Stream.of(labels).allMatch(sampleLabels::contains)) {
                sum += Double.parseDouble(match.group(2));
            }
        }
        return Math.round(sum);
    }

    private String metrics(PackagedService replica) throws Exception {
        HttpResponse<String> answer = get(replica, "/q/metrics");
        assertEquals(200, answer.statusCode(), "metrics");
        return answer.body();
    }

    private HttpResponse<String> get(PackagedService replica, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(replica.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isAlive(PackagedService replica) {
        return ProcessHandle.of(replica.pid()).map(ProcessHandle::isAlive).orElse(false);
    }
}
