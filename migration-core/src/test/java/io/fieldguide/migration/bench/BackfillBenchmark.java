package io.fieldguide.migration.bench;

import io.fieldguide.migration.backfill.Backfill;
import io.fieldguide.migration.backfill.BackfillJobStore;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgressReader;
import io.fieldguide.migration.backfill.BackfillRunner;
import io.fieldguide.migration.backfill.SqlBackfill;
import io.fieldguide.migration.bench.Measurements.BatchedRun;
import io.fieldguide.migration.bench.Measurements.SingleRun;
import io.fieldguide.migration.flyway.CoreSchema;
import io.fieldguide.migration.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Backfills a UUID into every row of seed 000's {@code feeding_records} twice, side by side in one
 * run: once with one {@code UPDATE ... SET client_id = gen_random_uuid()}, once with the core's
 * batched job ({@link BackfillRunner}), each on an identical fresh copy of the table, alternating
 * which goes first. Reports both throughputs, their ratio and how long the longest batch held its
 * row locks, and writes them to {@code docs/benchmarks.md}.
 *
 * <p>Run: {@code ./mvnw -pl migration-core -Pbenchmarks test -Dbench.args="--rows 1000000"}.
 */
public final class BackfillBenchmark {

    static final String SINGLE_SQL = "UPDATE " + FeedingRecordsTable.TABLE + " SET client_id = gen_random_uuid()";
    static final String BATCH_SQL = SINGLE_SQL + " WHERE id > ? AND id <= ?";
    static final String CORE_RUNNER = "core BackfillRunner";
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final int WARM_UP_ROWS = 50_000;

    private final BenchmarkOptions options;
    private final DataSource dataSource;
    private final FeedingRecordsTable table;
    private final HoldClock clock = new HoldClock();
    private final Map<String, BatchedMethod> methods = new LinkedHashMap<>();

    /** A way to run a batched job to completion; the core's runner, or a prototype to compare. */
    interface BatchedMethod {
        String run(Backfill backfill, BackfillOptions options) throws SQLException;
    }

    private BackfillBenchmark(BenchmarkOptions options, DataSource dataSource) {
        this.options = options;
        this.dataSource = dataSource;
        this.table = new FeedingRecordsTable(dataSource, options.rows());
        CoreSchema coreSchema = new CoreSchema(dataSource);
        coreSchema.ensureMigrated();
        DataSource timed = clock.stoppingAtCommit(dataSource);
        BackfillRunner core = new BackfillRunner(
                new BackfillJobStore(timed, coreSchema),
                new BackfillProgressReader(dataSource, coreSchema),
                new SimpleMeterRegistry());
        methods.put(CORE_RUNNER, core::run);
        if (options.investigate()) {
            methods.putAll(PrototypeRunners.all(timed));
        }
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        try (TestDatabase database = TestDatabase.start()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(database.jdbcUrl());
            dataSource.setUser(database.username());
            dataSource.setPassword(database.password());
            dataSource.setOptions("-c synchronous_commit=" + options.synchronousCommit());
            dataSource.setApplicationName("backfill-benchmark");
            BenchmarkEnvironment environment = BenchmarkEnvironment.describe(dataSource, database.kind());
            System.out.println(environment.summary());
            BenchmarkReport report = new BackfillBenchmark(options, dataSource).measure(environment);
            System.out.println();
            System.out.println(report.markdown());
            if (options.doc() != null) {
                report.writeTo(options.doc());
                System.out.println("Updated " + options.doc());
            }
        }
    }

    private BenchmarkReport measure(BenchmarkEnvironment environment) throws SQLException {
        warmUp();
        System.out.printf("Seeding %,d rows%n", options.rows());
        table.createSeed();
        table.resetFresh();
        long freshTableBytes = table.tableBytes();
        // One unmeasured full-size pass: the first run of a size would otherwise also pay for growing
        // the WAL (new segment files) and for cold caches.
        execute(SINGLE_SQL);
        List<SingleRun> singles = new ArrayList<>();
        List<BatchedRun> batched = new ArrayList<>();
        List<String> labels = new ArrayList<>(methods.keySet());
        for (int repeat = 1; repeat <= options.repeats(); repeat++) {
            // Alternate which method goes first, so that neither always meets a warmer or colder cache.
            List<String> order = new ArrayList<>();
            order.add("single");
            order.addAll(labels);
            if (repeat % 2 == 0) {
                Collections.reverse(order);
            }
            for (int position = 1; position <= order.size(); position++) {
                String method = order.get(position - 1);
                table.resetFresh();
                if (method.equals("single")) {
                    SingleRun run = single(repeat, position);
                    table.verifyBackfilled("The single statement");
                    singles.add(run);
                    System.out.printf(
                            "repeat %d: single statement %,.0f rows/s (%.2f s)%n",
                            repeat, run.rowsPerSecond(), run.nanos() / 1e9);
                } else {
                    BatchedRun run = batched(method, repeat, position);
                    table.verifyBackfilled(method);
                    batched.add(run);
                    System.out.printf(
                            "repeat %d: %s %,.0f rows/s (%.2f s), %d batches, longest hold %d ms (%.1f ms with commit)%n",
                            repeat,
                            method,
                            run.rowsPerSecond(),
                            run.nanos() / 1e9,
                            run.batches(),
                            Measurements.max(run.holdsMs()),
                            Measurements.millis(Measurements.max(run.holdsWithCommitNanos())));
                }
            }
        }
        return new BenchmarkReport(options, environment, freshTableBytes, singles, batched);
    }

    private SingleRun single(int repeat, int position) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String walBefore = walPosition(connection);
            long started = System.nanoTime();
            long rows = statement.executeLargeUpdate(SINGLE_SQL);
            long nanos = System.nanoTime() - started;
            return new SingleRun(
                    repeat, position, rows, nanos, walBytesSince(connection, walBefore), Measurements.loadAverage());
        }
    }

    private BatchedRun batched(String method, int repeat, int position) throws SQLException {
        String job = "bench-client-id";
        deleteJob(job);
        clock.clear();
        Backfill backfill = clock.timed(new SqlBackfill(job, FeedingRecordsTable.TABLE, BATCH_SQL));
        BackfillOptions batchOptions = new BackfillOptions(options.batchSize(), LOCK_TIMEOUT, STATEMENT_TIMEOUT);
        try (Connection connection = dataSource.getConnection()) {
            String walBefore = walPosition(connection);
            long started = System.nanoTime();
            String status = methods.get(method).run(backfill, batchOptions);
            long nanos = System.nanoTime() - started;
            long walBytes = walBytesSince(connection, walBefore);
            if (!"completed".equals(status)) {
                throw new IllegalStateException(method + " ended " + status + ", not completed");
            }
            List<Long> holdsMs = new ArrayList<>();
            long rowsChanged = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT hold_ms, rows_changed FROM migration_core.backfill_range WHERE job_name = ? ORDER BY from_key")) {
                select.setString(1, job);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        holdsMs.add(rows.getLong(1));
                        rowsChanged += rows.getLong(2);
                    }
                }
            }
            return new BatchedRun(
                    method,
                    repeat,
                    position,
                    rowsChanged,
                    nanos,
                    walBytes,
                    holdsMs,
                    clock.holdsNanos(),
                    clock.roundTrips(),
                    Measurements.loadAverage());
        }
    }

    /** Runs the core's job once on a small table first, so the first measurement does not pay the JIT. */
    private void warmUp() throws SQLException {
        execute(
                "DROP TABLE IF EXISTS bench_warm_up; CREATE TABLE bench_warm_up (id integer PRIMARY KEY, client_id uuid);"
                        + " INSERT INTO bench_warm_up SELECT g FROM generate_series(1, " + WARM_UP_ROWS + ") g");
        for (Map.Entry<String, BatchedMethod> method : methods.entrySet()) {
            String job = "bench-warm-up";
            deleteJob(job);
            method.getValue()
                    .run(
                            clock.timed(new SqlBackfill(
                                    job,
                                    "bench_warm_up",
                                    "UPDATE bench_warm_up SET client_id = gen_random_uuid() WHERE id > ? AND id <= ?")),
                            new BackfillOptions(1_000, LOCK_TIMEOUT, STATEMENT_TIMEOUT));
            deleteJob(job);
        }
        execute("DROP TABLE bench_warm_up");
        clock.clear();
    }

    private void deleteJob(String job) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM migration_core.backfill_job WHERE name = ?")) {
            delete.setString(1, job);
            delete.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String walPosition(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            row.next();
            return row.getString(1);
        }
    }

    private static long walBytesSince(Connection connection, String before) throws SQLException {
        try (PreparedStatement diff =
                connection.prepareStatement("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint")) {
            diff.setString(1, before);
            try (ResultSet row = diff.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
