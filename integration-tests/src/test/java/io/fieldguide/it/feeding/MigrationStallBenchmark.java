package io.fieldguide.it.feeding;

import io.fieldguide.migration.flyway.SessionLevelLock;
import io.fieldguide.migration.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Benchmark (a): the guide's V2 (column and three indexes) on a table of N rows while a writer
 * inserts continuously. Two ways in one run, each on a freshly loaded table: this module's Flyway
 * scripts (column, then each index CONCURRENTLY in its own non-transactional script, applied by
 * Flyway with the core's session-level lock) and the plain migration (the guide's DDL with
 * CREATE [UNIQUE] INDEX, in one transaction).
 */
final class MigrationStallBenchmark {

    static final String PLAIN_V2 =
            """
            ALTER TABLE feeding_records ADD COLUMN client_id uuid;
            CREATE UNIQUE INDEX idx_feeding_records_client_id ON feeding_records (client_id);
            CREATE INDEX idx_feeding_records_updated_at ON feeding_records (updated_at);
            CREATE INDEX idx_feeding_records_feeding_time ON feeding_records (feeding_time);
            """;

    /** One run: times in milliseconds. */
    record Result(String variant, long rows, double migrationMs, double longestStallMs, double p99Ms, int inserts) {}

    private final TestDatabase database;
    private final Path scripts;
    private final long rows;

    MigrationStallBenchmark(TestDatabase database, Path scripts, long rows) {
        this.database = database;
        this.scripts = scripts;
        this.rows = rows;
    }

    Result flywayScripts() throws Exception {
        loadV1();
        return measure("Flyway V2 + V2.1-2.3 (CREATE [UNIQUE] INDEX CONCURRENTLY, one per script)", () -> flyway("2.3")
                .migrate());
    }

    Result plainMigration() throws Exception {
        loadV1();
        return measure("plain migration (CREATE [UNIQUE] INDEX in one transaction)", () -> {
            try (Connection connection = database.connect()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(PLAIN_V2);
                }
                connection.commit();
            }
        });
    }

    private interface Migration {
        void run() throws Exception;
    }

    private Result measure(String variant, Migration migration) throws Exception {
        try (InsertStallProbe probe =
                new InsertStallProbe(database.jdbcUrl(), database.username(), database.password())) {
            Thread.sleep(1_000);
            long from = probe.now();
            migration.run();
            long to = probe.now();
            Thread.sleep(200);
            List<InsertStallProbe.Sample> samples = probe.during(from, to);
            long[] took = samples.stream()
                    .mapToLong(InsertStallProbe.Sample::tookNanos)
                    .sorted()
                    .toArray();
            long longest = took.length == 0 ? to - from : took[took.length - 1];
            long p99 = took.length == 0 ? longest : took[Math.min(took.length - 1, (int) (took.length * 0.99))];
            return new Result(variant, rows, (to - from) / 1e6, longest / 1e6, p99 / 1e6, took.length);
        }
    }

    /** A fresh schema at V1 (through Flyway) holding {@code rows} feeding records. */
    private void loadV1() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        }
        flyway("1").migrate();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO feeding_records (feeding_time, food_type, notes, created_at, updated_at)"
                    + " SELECT now() - i * interval '1 minute', 'formula', 'feeding ' || i,"
                    + " now() - i * interval '1 minute', now() - i * interval '1 minute'"
                    + " FROM generate_series(1, " + rows + ") i");
            statement.execute("VACUUM ANALYZE feeding_records");
        }
    }

    private Flyway flyway(String target) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("filesystem:" + scripts)
                .target(target);
        return SessionLevelLock.apply(configuration).load();
    }
}
