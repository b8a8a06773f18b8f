package io.fieldguide.protein.imports;

import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillRunner;
import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Bulk imports: an NDJSON file is staged line by line with its job in one transaction, then
 * imported in the background by the core's {@link BackfillRunner}. Jobs still running when the
 * process died are resumed at start-up; the core's checkpoints make the resumed job skip every
 * batch that committed.
 */
@ApplicationScoped
public class BulkImportJobs {

    /** The same file while its job runs: that job. A job that ended meanwhile: try again, a new job. */
    private static final int SUBMIT_ATTEMPTS = 3;

    private final DataSource dataSource;
    private final BackfillRunner runner;
    private final ExportLineImporter importer;
    private final BackfillOptions backfillDefaults;
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "protein-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Future<?>> running = new ConcurrentHashMap<>();

    BulkImportJobs(
            DataSource dataSource, BackfillRunner runner, ExportLineImporter importer, MigrationCoreConfig config) {
        this.dataSource = dataSource;
        this.runner = runner;
        this.importer = importer;
        this.backfillDefaults = BackfillOptions.from(config.backfill());
    }

    /** A submission: the job and whether this call created it (false: the same file was already being imported). */
    public record Submitted(long jobId, boolean created) {}

    public Submitted submit(String ndjson, int batchSize, String submittedBy) {
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        split(ndjson, lines, numbers);
        if (lines.isEmpty()) {
            throw new InvalidRequestException("body", "The body holds no export: expected one JSON export per line");
        }
        String sha256 = ExportLineImporter.sha256(ndjson);
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < SUBMIT_ATTEMPTS; attempt++) {
                Optional<Submitted> submitted = stage(connection, sha256, batchSize, submittedBy, lines, numbers);
                if (submitted.isPresent()) {
                    if (submitted.get().created()) {
                        start(submitted.get().jobId());
                    }
                    return submitted.get();
                }
            }
            throw new IllegalStateException("Could not submit the import: its job kept ending while submitting");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the import", e);
        }
    }

    /**
     * Blank lines are skipped but counted, so line numbers are the file's. A raw NUL (which no JSON
     * text holds, and PostgreSQL text cannot store) is staged as U+FFFD: the line stays invalid
     * JSON and is rejected with its reason.
     */
    private static void split(String ndjson, List<String> lines, List<Integer> numbers) {
        String[] all = ndjson.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].endsWith("\r") ? all[i].substring(0, all[i].length() - 1) : all[i];
            if (!line.isBlank()) {
                lines.add(line.replace('\u0000', '\uFFFD'));
                numbers.add(i + 1);
            }
        }
    }

    /** Empty when the running job for this file ended between our insert and our read: try again. */
    private static Optional<Submitted> stage(
            Connection connection,
            String sha256,
            int batchSize,
            String submittedBy,
            List<String> lines,
            List<Integer> numbers)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            Optional<Long> created = insertJob(connection, sha256, batchSize, submittedBy, lines.size());
            if (created.isEmpty()) {
                connection.rollback();
                return runningJob(connection, sha256).map(id -> new Submitted(id, false));
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO import_lines (job_id, line_no, body)"
                            + " SELECT ?, l.n, l.b FROM unnest(?::int[], ?::text[]) AS l (n, b) ORDER BY l.n")) {
                insert.setLong(1, created.get());
                insert.setArray(2, connection.createArrayOf("int4", numbers.toArray()));
                insert.setArray(3, connection.createArrayOf("text", lines.toArray()));
                insert.executeUpdate();
            }
            connection.commit();
            return Optional.of(new Submitted(created.get(), true));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Waits on a concurrent submission of the same file (the unique index) and then gives way to it. */
    private static Optional<Long> insertJob(
            Connection connection, String sha256, int batchSize, String submittedBy, int lineCount)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_jobs (source_sha256, batch_size, state, lines_total, submitted_by)"
                        + " VALUES (?, ?, 'running', ?, ?)"
                        + " ON CONFLICT (source_sha256) WHERE state = 'running' DO NOTHING RETURNING id")) {
            insert.setString(1, sha256);
            insert.setInt(2, batchSize);
            insert.setInt(3, lineCount);
            insert.setString(4, submittedBy);
            try (ResultSet row = insert.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Long> runningJob(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM import_jobs WHERE source_sha256 = ? AND state = 'running'")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Resumes, in the background so that start-up does not wait, every job a stopped process left
     * running; observed after the core's start-up migration (default priority), which creates the tables.
     */
    void resumeAtStartup(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent started) {
        background.submit(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select =
                            connection.prepareStatement("SELECT id FROM import_jobs WHERE state = 'running'");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Log.infof("Resuming bulk import %d", rows.getLong(1));
                    start(rows.getLong(1));
                }
            } catch (SQLException e) {
                // The schema may be behind (V5.1 not applied yet): nothing can be running then.
                Log.infof("No bulk import resumed: %s", e.getMessage());
            }
        });
    }

    /** Runs the job here unless it already runs here; another instance may work on it too, safely. */
    void start(long jobId) {
        running.compute(
                jobId,
                (id, existing) -> existing != null && !existing.isDone() ? existing : background.submit(() -> run(id)));
    }

    private void run(long jobId) {
        try {
            int batchSize = batchSize(jobId);
            String status =
                    runner.run(new ImportLinesBackfill(jobId, importer), backfillDefaults.withBatchSize(batchSize));
            if (status.equals("completed") || status.equals("failed")) {
                finish(jobId, status, status.equals("failed") ? "a batch kept giving way to locks; see the log" : null);
            }
            Log.infof("Bulk import %d: %s", jobId, status);
        } catch (SQLException | RuntimeException e) {
            Log.errorf(e, "Bulk import %d failed", jobId);
            finish(jobId, "failed", String.valueOf(e.getMessage()));
        }
    }

    private int batchSize(long jobId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT batch_size FROM import_jobs WHERE id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No bulk import " + jobId);
                }
                return row.getInt(1);
            }
        }
    }

    private void finish(long jobId, String state, String error) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE import_jobs SET state = ?, last_error = ?, finished_at = now()"
                                + " WHERE id = ? AND state = 'running'")) {
            update.setString(1, state);
            update.setString(2, error);
            update.setLong(3, jobId);
            update.executeUpdate();
        } catch (SQLException e) {
            Log.errorf(e, "Could not record bulk import %d as %s", jobId, state);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
